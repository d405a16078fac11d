#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
/* PANGO_FC_FONT_MAP() is a cast macro: Swift cannot import it. */
static inline PangoFcFontMap *zb_as_fc_font_map(PangoFontMap *m) { return PANGO_FC_FONT_MAP(m); }
/* PANGO_PIXELS() is a function-like macro. */
static inline int zb_pango_pixels(int d) { return PANGO_PIXELS(d); }
