import { z } from "zod";

/**
 * The published JSON Schema of a JSON API (`GET /api/<name>/schema`), generated from the same zod schemas
 * that validate it: `POST /api/<name>` takes `input` and answers `output`.
 */
export function apiSchema(name: string, title: string, input: z.ZodType, output: z.ZodType) {
  return {
    $id: `https://kindly.example/api/${name}/schema`,
    title,
    description: `POST /api/${name} takes \`input\` and answers \`output\`.`,
    input: z.toJSONSchema(input, { io: "input", unrepresentable: "any" }),
    output: z.toJSONSchema(output, { io: "output", unrepresentable: "any" }),
  };
}
