'use client';

import { useTranslations } from 'next-intl';
import { toggleMark } from '@tiptap/pm/commands';
import type { Command } from '@tiptap/pm/state';
import { type FormEvent, type ReactNode, useId, useState, useSyncExternalStore } from 'react';
import { isMarkActive, isNodeActive, toggleHeading, toggleList } from '@/lib/collab/editor/commands';
import { linkHref, setLink, unsetLink } from '@/lib/collab/editor/link-commands';
import { isSafeLinkUrl } from '@/lib/collab/editor/link-url';
import type { RichTextEditor } from '@/lib/collab/editor/rich-text-editor';
import { answerSchema } from '@/lib/collab/editor/schema';

const { nodes, marks } = answerSchema;

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
function LinkForm({ editor, onDone }: { editor: RichTextEditor; onDone: () => void }) {
  const inputId = useId();
  const t = useTranslations('checklist');
  const tc = useTranslations('common');
  const [url, setUrl] = useState(() => linkHref(editor.getState()));
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const href = /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) ? url.trim() : `https://${url.trim()}`;
    if (!isSafeLinkUrl(href)) {
      setError(t('linkError'));
      return;
    }
    editor.run(setLink(href));
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
export function EditorToolbar({ editor, label }: { editor: RichTextEditor; label: string }) {
  const t = useTranslations('checklist');
  const [linking, setLinking] = useState(false);
  // Every transaction gives a new state, so the pressed buttons follow the selection.
  const state = useSyncExternalStore(editor.subscribe, editor.getState, editor.getState);
  const active = {
    bold: isMarkActive(state, marks.bold),
    italic: isMarkActive(state, marks.italic),
    h3: isNodeActive(state, nodes.heading, { level: 3 }),
    h4: isNodeActive(state, nodes.heading, { level: 4 }),
    bullet: isNodeActive(state, nodes.bulletList),
    ordered: isNodeActive(state, nodes.orderedList),
    link: isMarkActive(state, marks.link),
  };
  const run = (command: Command) => () => void editor.run(command);
  return (
    <div className="border-b border-slate-200">
      <div role="toolbar" aria-label={label} className="flex flex-wrap gap-1 p-1">
        <ToolButton label={t('bold')} pressed={active.bold} onClick={run(toggleMark(marks.bold))}>
          <b>B</b>
        </ToolButton>
        <ToolButton label={t('italic')} pressed={active.italic} onClick={run(toggleMark(marks.italic))}>
          <i>I</i>
        </ToolButton>
        <ToolButton label={t('headingTool')} pressed={active.h3} onClick={run(toggleHeading(3))}>
          <span aria-hidden="true" className="font-semibold">
            H2
          </span>{' '}
          {t('headingTool')}
        </ToolButton>
        <ToolButton label={t('subheading')} pressed={active.h4} onClick={run(toggleHeading(4))}>
          <span aria-hidden="true" className="font-semibold">
            H3
          </span>{' '}
          {t('subheading')}
        </ToolButton>
        <ToolButton label={t('bulletList')} pressed={active.bullet} onClick={run(toggleList(nodes.bulletList))}>
          • {t('listShort')}
        </ToolButton>
        <ToolButton label={t('numberedList')} pressed={active.ordered} onClick={run(toggleList(nodes.orderedList))}>
          1. {t('listShort')}
        </ToolButton>
        <ToolButton
          label={active.link ? t('editLink') : t('addLink')}
          pressed={active.link}
          onClick={() => setLinking(true)}
        >
          {t('linkShort')}
        </ToolButton>
        {active.link && (
          <ToolButton label={t('removeLink')} onClick={run(unsetLink)}>
            {t('unlinkShort')}
          </ToolButton>
        )}
      </div>
      {linking && (
        <LinkForm
          editor={editor}
          onDone={() => {
            setLinking(false);
            editor.view.focus();
          }}
        />
      )}
    </div>
  );
}
