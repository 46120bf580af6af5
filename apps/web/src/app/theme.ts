import { Badge, Combobox, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  components: {
    // Mantine cuts a badge's text with an ellipsis, and a table squeezes it to its own width: a
    // badge says a state ("CHƯA ĐĂNG KÝ"), so it keeps all its words, on two lines if it must.
    Badge: Badge.extend({
      styles: {
        root: {
          height: 'auto',
          minHeight: 'var(--badge-height)',
          maxWidth: '100%',
          flexShrink: 0,
          overflow: 'visible',
          paddingBlock: 2,
          lineHeight: 1.25,
        },
        label: { overflow: 'visible', textOverflow: 'clip', whiteSpace: 'normal', overflowWrap: 'anywhere' },
      },
    }),
    // A closed dropdown is positioned while it is 0 px wide, so its first frame, centred on the
    // field, stuck out past a phone's right edge: the phone zoomed out for it, and a field at the
    // foot of a page scrolled out of sight and closed. Aligned with the field's left edge, the
    // dropdown (as wide as the field) never sticks out.
    Combobox: Combobox.extend({ defaultProps: { position: 'bottom-start' } }),
  },
});
