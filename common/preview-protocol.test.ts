import { describe, expect, it } from 'vitest';
import { parseHostMessage, parseRequest } from './preview-protocol';

describe('preview bridge frames', () => {
  it('parses a request and rejects junk', () => {
    expect(parseRequest('{"id":1,"channel":"snapshot:get","args":null}')).toEqual({
      id: 1,
      channel: 'snapshot:get',
      args: null,
    });
    expect(parseRequest('not json')).toBeNull();
    expect(parseRequest('{"id":"1","channel":"x"}')).toBeNull();
    expect(parseRequest('[1,2]')).toBeNull();
  });

  it('parses responses and contract events only', () => {
    expect(parseHostMessage('{"id":3,"result":{"ok":true,"value":null}}')).toEqual({
      id: 3,
      result: { ok: true, value: null },
    });
    const notice = { level: 'info', message: 'm', code: null };
    expect(parseHostMessage(JSON.stringify({ event: 'notice', payload: notice }))).toEqual({
      event: 'notice',
      payload: notice,
    });
    expect(parseHostMessage('{"event":"evil","payload":1}')).toBeNull();
    expect(parseHostMessage('{"id":3,"result":"ok"}')).toBeNull();
  });
});
