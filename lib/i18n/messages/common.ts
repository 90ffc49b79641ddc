import { defineMessages } from '../messages';

/** Words used across features (buttons, states). Feature strings live in their own catalogue. */
export const commonMessages = defineMessages({
  en: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    close: 'Close',
    loading: 'Loading…',
    saving: 'Saving…',
    saved: 'Saved',
    language: 'Language',
    none: 'None',
  },
  fr: {
    save: 'Enregistrer',
    cancel: 'Annuler',
    delete: 'Supprimer',
    edit: 'Modifier',
    close: 'Fermer',
    loading: 'Chargement…',
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    language: 'Langue',
    none: 'Aucun',
  },
  es: {
    save: 'Guardar',
    cancel: 'Cancelar',
    delete: 'Eliminar',
    edit: 'Editar',
    close: 'Cerrar',
    loading: 'Cargando…',
    saving: 'Guardando…',
    saved: 'Guardado',
    language: 'Idioma',
    none: 'Ninguno',
  },
});
