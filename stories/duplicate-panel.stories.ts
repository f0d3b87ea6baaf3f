import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/duplicate-panel/define.js';
import type { DuplicateQuery } from '../src/contract/types.js';

interface Args {
  candidate: DuplicateQuery | null;
  lang: string;
}

const AKHTY = '0500500000100';
const DUPLICATES = '/api/duplicates';

const meta: Meta<Args> = {
  title: 'Application/Duplicate panel',
  component: 'edu-duplicate-panel',
  args: { candidate: { name: 'МКОУ СОШ №1 с. Ахты', settlementId: AKHTY }, lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  render: ({ candidate, lang }) =>
    html`<edu-duplicate-panel .candidate=${candidate} lang=${lang}></edu-duplicate-panel>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A name typed another way finds the sample «Ахтынская СОШ № 1» of the mock. */
export const SameName: Story = {};

/** A name with no number finds every СОШ of the village, each a similar name. */
export const SimilarNames: Story = {
  args: { candidate: { name: 'Ахтынская средняя школа', settlementId: AKHTY } },
};

/** The INN of a registered school, whatever the name. */
export const SameInn: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post(DUPLICATES, () =>
          HttpResponse.json({
            matches: [
              {
                organization: {
                  id: 'story-1',
                  fullName:
                    'Муниципальное казённое общеобразовательное учреждение ' +
                    '«Ахтынская средняя общеобразовательная школа № 3»',
                  shortName: 'МКОУ «Ахтынская СОШ № 3»',
                  address: 'Республика Дагестан, Ахтынский район, с. Ахты',
                  settlementId: AKHTY,
                },
                score: 1,
                reasons: ['same-inn', 'similar-name'],
              },
            ],
          }),
        ),
      ],
    },
  },
  args: { candidate: { inn: '0522004310', name: 'Ахтынская СОШ', settlementId: AKHTY } },
};

/** Nothing typed yet, or nothing alike: the panel shows nothing. */
export const NothingFound: Story = {
  args: { candidate: { name: 'Ахтынская СОШ № 12', settlementId: AKHTY } },
};

export const Checking: Story = {
  parameters: { msw: { handlers: [http.post(DUPLICATES, async () => delay('infinite'))] } },
};

export const ServerError: Story = {
  parameters: {
    msw: { handlers: [http.post(DUPLICATES, () => new HttpResponse(null, { status: 500 }))] },
  },
};

export const English: Story = { args: { lang: 'en' } };
