import { Alert } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { articleText } from './article';
import type { Catalog } from '../api/catalog';
import type { Problem } from '../api/client';

/** A refusal in the caller's language: the catalog's label for its code, the article, and the code itself. */
export function refusalText(catalog: Catalog | undefined, code: string, article?: string, t?: TFunction): string {
  const label = catalog?.refusalCodes.find((entry) => entry.code === code)?.label;
  return [label ?? code, article && t ? articleText(t, article) : article].filter(Boolean).join(' — ');
}

/** `formName`: the antd form whose fields the field errors link to (its inputs' ids are `<form>_<field>`). */
export function ProblemAlert({ problem, catalog, formName }: { problem: Problem; catalog: Catalog | undefined; formName?: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="problem"
      data-code={problem.code}
      message={`${t('error.refused')}: ${refusalText(catalog, problem.code, problem.article, t)}`}
      description={
        <>
          {t('error.code')}: <code>{problem.code}</code>
          {problem.article && (
            <>
              {' · '}
              {t('error.article')}: {articleText(t, problem.article)}
            </>
          )}
          {problem.errors?.length ? (
            <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
              {problem.errors.map((error) => (
                <li key={`${error.field}-${error.code}`}>
                  {formName ? <a href={`#${formName}_${error.field}`}>{refusalText(catalog, error.code, problem.article, t)}</a> : refusalText(catalog, error.code, problem.article, t)}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
