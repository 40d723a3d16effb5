import { useTranslation } from 'react-i18next';
import { useActingUser } from '@/ui/acting-user';
import { LibraryList } from './library-list';
import { mayEditLibrary } from '@/ui/may-write';
import { TemplateEditor } from './template-editor';
import { ThemesEditor } from './themes-editor';
import { useLibraryData } from './use-library-data';

interface Props {
  /** From the address: a template's id, 'new', 'themes', or nothing for the list. */
  readonly params: Readonly<Record<string, string | undefined>>;
}

/**
 * The task library (`/library`), a task's form (`/library/<id>`, `/library/new`) and the themes
 * (`/library/themes`). The coordinator edits; the others see it read-only.
 */
export default function LibraryPage({ params }: Props) {
  const { t } = useTranslation();
  const data = useLibraryData();
  const user = useActingUser();
  if (data === undefined || user === undefined) return <p role="status">{t('library.loading')}</p>;
  const mayEdit = mayEditLibrary(user);
  const param = params['templateId'];
  if (param === undefined) return <LibraryList data={data} mayEdit={mayEdit} />;
  if (param === 'themes') return <ThemesEditor themes={data.themes} mayEdit={mayEdit} />;
  return <TemplateEditor data={data} param={param} mayEdit={mayEdit} />;
}
