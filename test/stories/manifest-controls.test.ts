import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { withManifestControls } from '../../.storybook/manifest-controls.js';

type Context = Parameters<typeof withManifestControls>[1];

const argTypes = {
  'api-base': { name: 'api-base', table: { category: 'attributes' } },
  required: { name: 'required', table: { category: 'attributes' } },
  '--edu-color-primary': {
    name: '--edu-color-primary',
    table: { category: 'css custom properties' },
  },
  value: { name: 'value', table: { category: 'properties' } },
};

async function renderWith(args: Record<string, unknown>) {
  const context = { args, argTypes, component: 'edu-probe' } as unknown as Context;
  const story = () => html`<edu-probe></edu-probe>`;
  const root = await fixture(withManifestControls(story, context) as TemplateResult);
  return root.querySelector('edu-probe') as HTMLElement;
}

describe("Storybook's controls from the manifest", () => {
  it('set attributes and custom properties on the story’s element', async () => {
    const element = await renderWith({
      'api-base': '/v2',
      required: true,
      '--edu-color-primary': 'rgb(1, 2, 3)',
      value: { id: '1' },
    });

    expect(element.getAttribute('api-base')).to.equal('/v2');
    expect(element.hasAttribute('required')).to.equal(true);
    expect(element.style.getPropertyValue('--edu-color-primary')).to.equal('rgb(1, 2, 3)');
    expect(element.hasAttribute('value')).to.equal(false);
  });

  it('leave alone what is not set', async () => {
    const element = await renderWith({ required: false });

    expect(element.hasAttribute('api-base')).to.equal(false);
    expect(element.hasAttribute('required')).to.equal(false);
    expect(element.getAttribute('style')).to.equal(null);
  });
});
