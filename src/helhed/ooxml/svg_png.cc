// SPDX-License-Identifier: Apache-2.0
// librsvg + cairo adapter (see svg_png.h). librsvg is loaded on the first
// chart, not linked: linked, it and the ~40 libraries it needs (cairo, pango,
// gio, gdk-pixbuf, freetype, harfbuzz, ...) were loaded and relocated by every
// helhed command, about 8 MB of resident memory before main(), while only
// DOCX figures use it. The headers still give every function its type.
#include "helhed/ooxml/svg_png.h"

#include <cairo.h>
#include <dlfcn.h>
#include <librsvg/rsvg.h>

#include <cmath>

#include <fmt/format.h>

namespace helhed::ooxml {
namespace {

// Debian 12's librsvg2-2 (the soname has been the same since librsvg 2.x began).
constexpr const char* kRsvgLibrary = "librsvg-2.so.2";

// The functions used, looked up in librsvg and the libraries it links
// (cairo, gobject, glib), which dlsym searches too.
struct Rsvg {
  decltype(&rsvg_handle_new_from_data) handle_new_from_data = nullptr;
  decltype(&rsvg_handle_get_intrinsic_size_in_pixels) handle_get_intrinsic_size_in_pixels = nullptr;
  decltype(&rsvg_handle_render_document) handle_render_document = nullptr;
  decltype(&g_object_unref) object_unref = nullptr;
  decltype(&g_error_free) error_free = nullptr;
  decltype(&cairo_image_surface_create) image_surface_create = nullptr;
  decltype(&cairo_create) create = nullptr;
  decltype(&cairo_set_source_rgb) set_source_rgb = nullptr;
  decltype(&cairo_paint) paint = nullptr;
  decltype(&cairo_destroy) destroy = nullptr;
  decltype(&cairo_surface_destroy) surface_destroy = nullptr;
  decltype(&cairo_surface_write_to_png_stream) surface_write_to_png_stream = nullptr;
};

template <typename F>
bool Bind(void* library, const char* name, F& function) {
  function = reinterpret_cast<F>(::dlsym(library, name));
  return function != nullptr;
}

// librsvg's functions, loaded once for the process (thread-safe), or nullptr
// when the library or one of the functions is missing.
const Rsvg* LoadRsvg() {
  static const Rsvg* const loaded = []() -> const Rsvg* {
    void* library = ::dlopen(kRsvgLibrary, RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) return nullptr;
    static Rsvg rsvg;
    const bool ok = Bind(library, "rsvg_handle_new_from_data", rsvg.handle_new_from_data) &&
                    Bind(library, "rsvg_handle_get_intrinsic_size_in_pixels", rsvg.handle_get_intrinsic_size_in_pixels) &&
                    Bind(library, "rsvg_handle_render_document", rsvg.handle_render_document) &&
                    Bind(library, "g_object_unref", rsvg.object_unref) && Bind(library, "g_error_free", rsvg.error_free) &&
                    Bind(library, "cairo_image_surface_create", rsvg.image_surface_create) &&
                    Bind(library, "cairo_create", rsvg.create) &&
                    Bind(library, "cairo_set_source_rgb", rsvg.set_source_rgb) &&
                    Bind(library, "cairo_paint", rsvg.paint) && Bind(library, "cairo_destroy", rsvg.destroy) &&
                    Bind(library, "cairo_surface_destroy", rsvg.surface_destroy) &&
                    Bind(library, "cairo_surface_write_to_png_stream", rsvg.surface_write_to_png_stream);
    return ok ? &rsvg : nullptr;  // the library stays loaded: the functions point into it
  }();
  return loaded;
}

cairo_status_t AppendPng(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

StatusOr<PngImage> SvgToPng(std::string_view svg, double scale) {
  const Rsvg* rsvg = LoadRsvg();
  if (rsvg == nullptr) {
    return UnavailableError(
        fmt::format("diagrammer kan ikke tegnes: {} kan ikke indlæses (Debian-pakken librsvg2-2)", kRsvgLibrary));
  }
  GError* error = nullptr;
  RsvgHandle* handle = rsvg->handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  if (handle == nullptr) {
    if (error != nullptr) rsvg->error_free(error);
    return InvalidArgumentError("diagrammet (SVG) kan ikke læses");
  }
  PngImage image;
  gdouble width = 0;
  gdouble height = 0;
  if (!rsvg->handle_get_intrinsic_size_in_pixels(handle, &width, &height) || width <= 0 || height <= 0) {
    rsvg->object_unref(handle);
    return InvalidArgumentError("diagrammet (SVG) har ingen bredde og højde");
  }
  image.width_css_px = width;
  image.height_css_px = height;
  image.width_px = static_cast<int>(std::ceil(width * scale));
  image.height_px = static_cast<int>(std::ceil(height * scale));
  cairo_surface_t* surface = rsvg->image_surface_create(CAIRO_FORMAT_ARGB32, image.width_px, image.height_px);
  cairo_t* cr = rsvg->create(surface);
  // White behind the chart: Word shows transparent PNGs on coloured pages badly.
  rsvg->set_source_rgb(cr, 1, 1, 1);
  rsvg->paint(cr);
  const RsvgRectangle viewport{0, 0, static_cast<double>(image.width_px), static_cast<double>(image.height_px)};
  const gboolean rendered = rsvg->handle_render_document(handle, cr, &viewport, &error);
  rsvg->destroy(cr);
  rsvg->object_unref(handle);
  if (!rendered) {
    if (error != nullptr) rsvg->error_free(error);
    rsvg->surface_destroy(surface);
    return InvalidArgumentError("diagrammet (SVG) kan ikke tegnes");
  }
  const cairo_status_t status = rsvg->surface_write_to_png_stream(surface, &AppendPng, &image.bytes);
  rsvg->surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return InternalError("diagrammet kan ikke gemmes som PNG");
  return image;
}

}  // namespace helhed::ooxml
