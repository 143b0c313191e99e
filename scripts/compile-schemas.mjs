// Build step: precompile the JSON Schemas into standalone validators (dist/schemas/validators.cjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemaSources, standaloneSource } from '../dist/src/model/compileSchemas.js';

mkdirSync(new URL('../dist/schemas/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/schemas/validators.cjs', import.meta.url), standaloneSource(schemaSources()));
