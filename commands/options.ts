import { z } from 'zod';
import type { AnyCommand, OptionMeta } from './types.js';

/**
 * A command's options read off its zod schema, so Discord's definitions, the text parser
 * and help are all derived from the one schema.
 */
export type OptionKind = 'string' | 'integer' | 'number' | 'boolean';

export interface OptionSpec {
  name: string;
  kind: OptionKind;
  required: boolean;
  description: string;
  choices?: string[];
  autocomplete?: 'country';
  rest: boolean;
  maxLength?: number;
}

const cache = new WeakMap<object, OptionSpec[]>();

export function optionSpecs(command: AnyCommand): OptionSpec[] {
  const hit = cache.get(command);
  if (hit) return hit;
  const specs = Object.entries(command.options.shape).map(([name, schema]) => specFor(name, schema as z.ZodType));
  cache.set(command, specs);
  return specs;
}

function specFor(name: string, outer: z.ZodType): OptionSpec {
  let schema: z.ZodType = outer;
  let required = true;
  let meta = readMeta(schema);
  // Peel optional/default wrappers; the meta may sit on any layer.
  for (;;) {
    if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
      required = false;
      schema = schema.unwrap() as z.ZodType;
      meta = meta ?? readMeta(schema);
      continue;
    }
    break;
  }
  const spec: OptionSpec = {
    name,
    kind: 'string',
    required,
    description: meta?.description ?? name,
    rest: meta?.rest ?? false,
    ...(meta?.autocomplete && { autocomplete: meta.autocomplete }),
  };
  if (schema instanceof z.ZodEnum) {
    spec.choices = schema.options.map(String);
  } else if (schema instanceof z.ZodNumber) {
    spec.kind = schema.format === 'safeint' || schema.isInt ? 'integer' : 'number';
  } else if (schema instanceof z.ZodBoolean) {
    spec.kind = 'boolean';
  } else if (schema instanceof z.ZodString && typeof schema.maxLength === 'number') {
    spec.maxLength = schema.maxLength;
  }
  return spec;
}

function readMeta(schema: z.ZodType): OptionMeta | undefined {
  const meta = z.globalRegistry.get(schema) as Partial<OptionMeta> | undefined;
  if (!meta || typeof meta.description !== 'string') return undefined;
  return meta as OptionMeta;
}

/** The usage line: `country <name>`, `members [status]`. */
export function usage(command: AnyCommand): string {
  const parts = optionSpecs(command).map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [command.name, ...parts].join(' ');
}
