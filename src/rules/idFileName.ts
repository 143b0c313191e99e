import { stemOf } from '../read/layout.js';
import type { Rule } from './context.js';

/** id/file-name: the file name must equal the id. */
export const idFileName: Rule = ({ roadmap, report }) => {
  const { convention, partners, axes, commitments, meetings } = roadmap;
  for (const entity of [...partners, ...axes, ...commitments, ...meetings]) {
    const name = stemOf(entity.file);
    if (entity.data.id !== name) {
      const extension = entity.file.slice(entity.file.lastIndexOf('.'));
      report('id/file-name', entity.file, ['id'], {
        id: entity.data.id,
        name: name + extension,
        expected: entity.data.id + extension,
      });
    }
  }
  void convention; // The convention's file name is fixed; its id is free.
};
