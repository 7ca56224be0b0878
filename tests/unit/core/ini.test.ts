import { describe, expect, it } from 'vitest';
import { parseIni } from '../../../electron/core/profiles/ini';
import { SageDeckError } from '../../../shared/errors';

describe('AWS shared-file parser', () => {
  it('reads sections, keys and nested sub-sections as the AWS CLI does', () => {
    const sections = parseIni(
      ['# comment', '[profile dev]', 'region = eu-west-1', 's3 =', '  addressing_style = path', '; another', '[services local]', 'sagemaker =', '  endpoint_url = http://127.0.0.1:4566'].join('\n'),
      'config',
    );
    expect(sections.map((s) => s.header)).toEqual(['profile dev', 'services local']);
    expect(sections[0]!.values.region).toBe('eu-west-1');
    expect(sections[0]!.nested.s3).toEqual({ addressing_style: 'path' });
    expect(sections[1]!.nested.sagemaker).toEqual({ endpoint_url: 'http://127.0.0.1:4566' });
  });

  it.each([
    ['[profile dev\nregion = x', 1, 'not closed'],
    ['region = eu-west-1', 1, 'before any [section]'],
    ['[default]\nregion eu-west-1', 2, 'neither a [section] nor key = value'],
    ['[default]\nregion = x\n   stray = 1', 3, 'unexpected indented line'],
  ])('names the file and line of a malformed entry (%#)', (text, line, what) => {
    let caught: unknown;
    try {
      parseIni(text, '/home/me/.aws/config');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SageDeckError);
    const error = caught as SageDeckError;
    expect(error.code).toBe('ConfigParseError');
    expect(error.message).toContain(`/home/me/.aws/config, line ${line}`);
    expect(error.message).toContain(what);
  });
});
