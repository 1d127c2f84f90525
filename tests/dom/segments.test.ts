// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { locate, walkSegments } from '../../src/page/segments';

const texts = () => [...walkSegments(document.body)].map((s) => s.text);

describe('walkSegments', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins text across inline elements and splits at blocks and line breaks', () => {
    document.body.innerHTML = '<p>DO<sub>2</sub>i and Pa<b>O</b><sub>2</sub></p><div>one<p>two</p>three<br>four</div>';
    expect(texts()).toEqual(['DO2i and PaO2', 'one', 'two', 'three', 'four']);
  });

  it('skips scripts, styles, form fields, code, editors, hidden and our own UI', () => {
    document.body.innerHTML = `
      <p>visible CPB</p>
      <script>var CPB = 1;</script><style>.CPB{}</style><noscript>CPB</noscript>
      <textarea>CPB</textarea><input value="CPB"><select><option>CPB</option></select>
      <code>CPB</code><pre>CPB</pre><kbd>CPB</kbd><samp>CPB</samp>
      <div contenteditable="true">CPB edit</div><div contenteditable="false">CPB readonly</div>
      <div class="monaco-editor">CPB</div><div hidden>CPB hidden</div>
      <perfusion-glossary-card>CPB card</perfusion-glossary-card><template>CPB</template>`;
    expect(texts().map((t) => t.trim()).filter(Boolean)).toEqual(['visible CPB', 'CPB readonly']);
  });

  it('walks open shadow roots', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>inside ECMO</p>';
    document.body.append(host);
    document.body.insertAdjacentHTML('beforeend', '<p>after</p>');
    expect(texts()).toEqual(['after', 'inside ECMO']);
  });

  it('maps segment offsets back to text nodes', () => {
    document.body.innerHTML = '<p>DO<sub>2</sub>i rises</p>';
    const [seg] = walkSegments(document.body);
    expect(locate(seg, 0)).toMatchObject({ offset: 0 });
    expect(locate(seg, 2).node.data).toBe('2');
    expect(locate(seg, 3, true).node.data).toBe('2');
    expect(locate(seg, 3).node.data).toBe('i rises');
  });
});
