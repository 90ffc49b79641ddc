'use client';

import { useTranslations } from 'next-intl';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { isSafeLinkUrl } from '@/lib/collab/editor-extensions';

type TMarks = {
  bold: boolean;
  italic: boolean;
  h3: boolean;
  h4: boolean;
  bullet: boolean;
  ordered: boolean;
  link: boolean;
};

function ToolButton({
  label,
  pressed,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      // Keep the editor's selection: a mousedown on the button would otherwise blur it first.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className="min-w-8 rounded px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 aria-pressed:bg-brand-100 aria-pressed:text-brand-900"
    >
      {children}
    </button>
  );
}

/** The link form: an address field that accepts http, https and mailto only. */
function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const inputId = useId();
  const t = useTranslations('checklist');
  const tc = useTranslations('common');
  const [url, setUrl] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const href = /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) ? url.trim() : `https://${url.trim()}`;
    if (!isSafeLinkUrl(href)) {
      setError(t('linkError'));
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    onDone();
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-2 border-t border-slate-200 p-2 text-sm">
      <label htmlFor={inputId}>{t('linkAddress')}</label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        value={url}
        autoFocus
        onChange={(e) => setUrl(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone()}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        className="min-w-48 flex-1 rounded border border-slate-300 px-2 py-1"
      />
      <button type="submit" className="rounded bg-brand-600 px-2 py-1 text-white">
        {t('applyLink')}
      </button>
      <button type="button" onClick={onDone} className="rounded px-2 py-1 hover:bg-slate-100">
        {tc('cancel')}
      </button>
      {error && (
        <p id={`${inputId}-error`} role="alert" className="w-full text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}

/** Formatting buttons for one answer editor: headings, lists, bold, italic, links. */
export function EditorToolbar({ editor, label }: { editor: Editor; label: string }) {
  const t = useTranslations('checklist');
  const [linking, setLinking] = useState(false);
  const marks = useEditorState<TMarks>({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  });
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () =>
    void command(editor.chain().focus()).run();
  return (
    <div className="border-b border-slate-200">
      <div role="toolbar" aria-label={label} className="flex flex-wrap gap-1 p-1">
        <ToolButton label={t('bold')} pressed={marks.bold} onClick={run((c) => c.toggleBold())}>
          <b>B</b>
        </ToolButton>
        <ToolButton label={t('italic')} pressed={marks.italic} onClick={run((c) => c.toggleItalic())}>
          <i>I</i>
        </ToolButton>
        <ToolButton label={t('headingTool')} pressed={marks.h3} onClick={run((c) => c.toggleHeading({ level: 3 }))}>
          <span aria-hidden="true" className="font-semibold">
            H2
          </span>{' '}
          {t('headingTool')}
        </ToolButton>
        <ToolButton label={t('subheading')} pressed={marks.h4} onClick={run((c) => c.toggleHeading({ level: 4 }))}>
          <span aria-hidden="true" className="font-semibold">
            H3
          </span>{' '}
          {t('subheading')}
        </ToolButton>
        <ToolButton label={t('bulletList')} pressed={marks.bullet} onClick={run((c) => c.toggleBulletList())}>
          • {t('listShort')}
        </ToolButton>
        <ToolButton label={t('numberedList')} pressed={marks.ordered} onClick={run((c) => c.toggleOrderedList())}>
          1. {t('listShort')}
        </ToolButton>
        <ToolButton
          label={marks.link ? t('editLink') : t('addLink')}
          pressed={marks.link}
          onClick={() => setLinking(true)}
        >
          {t('linkShort')}
        </ToolButton>
        {marks.link && (
          <ToolButton label={t('removeLink')} onClick={run((c) => c.extendMarkRange('link').unsetLink())}>
            {t('unlinkShort')}
          </ToolButton>
        )}
      </div>
      {linking && (
        <LinkForm
          editor={editor}
          onDone={() => {
            setLinking(false);
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
}
