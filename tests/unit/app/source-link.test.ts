import { describe, expect, it } from 'vitest';
import { sourceLink } from '../../../src/app/state/source-link.ts';

describe('sourceLink', () => {
  it('keeps absolute http and https urls', () => {
    expect(sourceLink('https://www.enabbaladi.net/archives/123')).toBe('https://www.enabbaladi.net/archives/123');
    expect(sourceLink('http://example.org/a?b=1#c')).toBe('http://example.org/a?b=1#c');
    expect(sourceLink('  HTTPS://Example.org/x  ')).toBe('https://example.org/x');
  });

  it('refuses script, data and other schemes, however they are spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/x',
    ]) {
      expect(sourceLink(url), url).toBeNull();
    }
  });

  it('refuses relative and empty urls', () => {
    for (const url of ['/events.geojson', 'archives/123', '//evil.example/x', '', null, undefined]) {
      expect(sourceLink(url), String(url)).toBeNull();
    }
  });
});
