import { defineMessages } from '../messages';

/** What screen readers hear when people join or leave the live room and raise or lower hands. */
export const liveAnnouncerMessages = defineMessages({
  en: {
    joined: '{names} joined the live room.',
    left: '{names} left the live room.',
    raised: '{names} raised a hand.',
    lowered: '{names} lowered a hand.',
    handsUp: '{n, plural, =0 {No hands up.} one {# hand up.} other {# hands up.}}',
  },
  fr: {
    joined: '{names} a rejoint la salle en direct.',
    left: '{names} a quitté la salle en direct.',
    raised: '{names} a levé la main.',
    lowered: '{names} a baissé la main.',
    handsUp: '{n, plural, =0 {Aucune main levée.} one {# main levée.} other {# mains levées.}}',
  },
  es: {
    joined: '{names} se unió a la sala en directo.',
    left: '{names} salió de la sala en directo.',
    raised: '{names} levantó la mano.',
    lowered: '{names} bajó la mano.',
    handsUp: '{n, plural, =0 {Ninguna mano levantada.} one {# mano levantada.} other {# manos levantadas.}}',
  },
});
