/** How every roadmap YAML text is parsed: by `parse/` into values and by `diagnostics/` to locate a key path. */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  // Duplicate keys are found by PlainConverter in linear time: the library's own check is quadratic in the number of keys.
  uniqueKeys: false,
  merge: false,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;
