/**
 * The git host's web editor for one file: partners propose their changes
 * from there. GitHub opens `/edit/<branch>/<path>`; GitLab, gitlab.com or a
 * self-hosted one, `/-/edit/<branch>/<path>`. A host whose name does not say
 * GitHub is taken for a GitLab: public bodies that host their own forge
 * almost always run GitLab.
 */
export interface EditLink {
  url: string;
  host: string;
}

export function editLink(
  repository: { url: string; branch?: string } | undefined,
  pathFromRoot: string,
): EditLink | undefined {
  if (!repository) return undefined;
  let base: URL;
  try {
    base = new URL(
      repository.url
        .trim()
        .replace(/\.git$/, '')
        .replace(/\/+$/, ''),
    );
  } catch {
    return undefined;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return undefined;
  const github = /(^|\.)github\.com$/i.test(base.hostname);
  const branch = (repository.branch ?? 'main').split('/').map(encodeURIComponent).join('/');
  const path = pathFromRoot.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  const root = `${base.origin}${base.pathname}`;
  return {
    url: github ? `${root}/edit/${branch}/${path}` : `${root}/-/edit/${branch}/${path}`,
    host: github ? 'GitHub' : 'GitLab',
  };
}
