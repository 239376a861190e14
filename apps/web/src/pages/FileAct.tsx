import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FILING_ROUTES, isActType, termRuleFor, type ActType } from '../api/act-types';
import { labelOf, useCatalog, type Catalog } from '../api/catalog';
import { api, ApiProblem, type Problem, type Schemas, unwrap } from '../api/client';
import { citationText } from '../components/article';
import { FormSelect } from '../components/FormSelect';
import { Page } from '../components/Page';
import { ProblemAlert, refusalText } from '../components/ProblemAlert';
import { QueryState } from '../components/QueryState';
import NotFound from './NotFound';

/** The choice a type requires beside title and addressee, with the catalog list its options come from. */
const REQUIRED_CHOICE: Partial<Record<ActType, { field: string; options: (catalog: Catalog) => Array<{ code: string; label: string }> }>> = {
  PROTEST: { field: 'target', options: (catalog) => catalog.targetKinds },
  RESOLUTION: { field: 'kind', options: (catalog) => catalog.resolutionKinds },
  INADMISSIBILITY_EXPLANATION: { field: 'form', options: (catalog) => catalog.explanationForms },
};
/** An order needs its grounds, norms and measures as lists: filed through the API until its form is built. */
const NOT_BUILT: ActType[] = ['ORDER'];

type Values = Record<string, string | number | null | undefined>;
const TEXT_FIELDS = ['textLanguage', 'facts', 'violatedNorms', 'demands'];
const lines = (value: unknown) =>
  String(value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The filing body: the act's text (facts, violated norms and demands, one per line) under its language, the rest as entered. */
function toBody(values: Values, caseId: string): Record<string, unknown> {
  const body: Record<string, unknown> = { caseId };
  for (const [name, value] of Object.entries(values)) {
    if (!TEXT_FIELDS.includes(name) && value !== undefined && value !== null && value !== '') body[name] = value;
  }
  const parts = { facts: String(values.facts ?? '').trim(), violatedNorms: lines(values.violatedNorms), demands: lines(values.demands) };
  if (parts.facts || parts.violatedNorms.length || parts.demands.length) body.text = { [String(values.textLanguage ?? 'kk')]: parts };
  return body;
}

/** A field error's form field: `text.kk.demands` is the demands box. */
const formField = (field: string) => field.replace(/^text\.(kk|ru)\./, '');

/** The statutory bound beside the term field, e.g. "not less than 10 calendar days — art. 19.3". */
function boundText(rule: Schemas['TermRule'], t: TFunction): string {
  const bound = (b: Schemas['TermBound'], key: 'min' | 'max') =>
    `${t(key === 'min' ? 'file.bound' : 'file.boundMax', { [key]: `${b.count} ${t(`file.unit_${b.unit ?? rule.unit}`)}` })} — ${citationText(t, b.citation)}`;
  return [rule.setBy.min && bound(rule.setBy.min, 'min'), rule.setBy.max && bound(rule.setBy.max, 'max')].filter(Boolean).join('; ');
}

export default function FileAct() {
  const { t, i18n } = useTranslation();
  const { id = '', type } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const catalog = useCatalog();
  const caseQuery = useQuery({ queryKey: ['case', id], queryFn: async () => unwrap(await api.GET('/api/v1/cases/{id}', { params: { path: { id } } })) });
  const file = useMutation({
    mutationFn: async (values: Values) => {
      if (!isActType(type)) throw new Error('unknown act type');
      const body = toBody(values, id);
      // One generic call over the twelve filing routes: the body is this type's form, checked by the API.
      const path = `/api/v1/acts/${FILING_ROUTES[type]}` as '/api/v1/acts/protests';
      return unwrap(await api.POST(path, { body: body as unknown as Schemas['FileProtestRequest'] }));
    },
    onSuccess: (act) => navigate(`/acts/${act.id}`),
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return;
      setProblem(error.problem);
      const fields = new Set(Object.keys(form.getFieldsValue()));
      form.setFields(
        (error.problem.errors ?? [])
          .map((e) => ({ ...e, field: formField(e.field) }))
          .filter((e) => fields.has(e.field))
          .map((e) => ({ name: e.field, errors: [refusalText(catalog.data, e.code, error.problem.article, t)] })),
      );
    },
  });
  if (!isActType(type)) return <NotFound />;
  return (
    <QueryState query={caseQuery}>
      {(kase) => {
        const typeLabel = labelOf(catalog.data?.actTypes, type);
        const choice = REQUIRED_CHOICE[type];
        const rule = catalog.data ? termRuleFor(catalog.data, type) : null;
        const required = [{ required: true, message: t('signIn.required') }];
        return (
          <Page
            title={t('file.title', { type: typeLabel })}
            crumbs={[{ label: t('nav.cases'), to: '/cases' }, { label: kase.number, to: `/cases/${kase.id}` }, { label: typeLabel }]}
          >
            {NOT_BUILT.includes(type) ? (
              <Alert type="info" showIcon message={t('file.notSupported')} />
            ) : (
              <div style={{ maxWidth: 720 }}>
                {problem && <ProblemAlert problem={problem} catalog={catalog.data} formName="act" />}
                <Form<Values>
                  form={form}
                  name="act"
                  layout="vertical"
                  initialValues={{ addresseeName: kase.addresseeName, textLanguage: i18n.language === 'ru' ? 'ru' : 'kk' }}
                  onFinish={(values) => {
                    setProblem(null);
                    file.mutate(values);
                  }}
                >
                  <Form.Item label={t('file.caseLabel')}>
                    <Input value={`${kase.number} — ${kase.subject}`} disabled aria-label={t('file.caseLabel')} />
                  </Form.Item>
                  <Form.Item label={t('file.actTitle')} name="title" rules={required}>
                    <Input />
                  </Form.Item>
                  <Form.Item label={t('file.addressee')} name="addresseeName" rules={required}>
                    <Input />
                  </Form.Item>
                  {choice && catalog.data && (
                    <Form.Item label={t(`file.${choice.field}`)} name={choice.field} rules={required}>
                      <FormSelect options={choice.options(catalog.data).map((entry) => ({ value: entry.code, label: entry.label }))} />
                    </Form.Item>
                  )}
                  <Form.Item label={t('file.targetDescription')} name="targetDescription">
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <Form.Item label={t('file.textLanguage')} name="textLanguage">
                    <Select
                      style={{ width: 200 }}
                      options={[
                        { value: 'kk', label: t('lang.kk') },
                        { value: 'ru', label: t('lang.ru') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item label={t('file.facts')} name="facts">
                    <Input.TextArea rows={4} />
                  </Form.Item>
                  <Form.Item label={t('file.violatedNorms')} name="violatedNorms" extra={t('file.onePerLine')}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <Form.Item label={t('file.demands')} name="demands" extra={t('file.onePerLine')}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  {rule && (
                    <Form.Item label={t('file.termDays')} name="termDays" extra={<span data-testid="term-bound">{boundText(rule, t)}</span>} rules={rule.setBy.required ? required : []}>
                      <InputNumber min={1} style={{ width: 160 }} />
                    </Form.Item>
                  )}
                  <Button type="primary" htmlType="submit" loading={file.isPending}>
                    {t('file.saveDraft')}
                  </Button>
                </Form>
              </div>
            )}
          </Page>
        );
      }}
    </QueryState>
  );
}
