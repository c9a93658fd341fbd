// SPDX-License-Identifier: Apache-2.0
// librsvg + cairo adapter (see svg_png.h).
#include "helhed/ooxml/svg_png.h"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cmath>

namespace helhed::ooxml {
namespace {

cairo_status_t AppendPng(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

StatusOr<PngImage> SvgToPng(std::string_view svg, double scale) {
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  if (handle == nullptr) {
    if (error != nullptr) g_error_free(error);
    return InvalidArgumentError("diagrammet (SVG) kan ikke læses");
  }
  PngImage image;
  gdouble width = 0;
  gdouble height = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) || width <= 0 || height <= 0) {
    g_object_unref(handle);
    return InvalidArgumentError("diagrammet (SVG) har ingen bredde og højde");
  }
  image.width_css_px = width;
  image.height_css_px = height;
  image.width_px = static_cast<int>(std::ceil(width * scale));
  image.height_px = static_cast<int>(std::ceil(height * scale));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, image.width_px, image.height_px);
  cairo_t* cr = cairo_create(surface);
  // White behind the chart: Word shows transparent PNGs on coloured pages badly.
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  const RsvgRectangle viewport{0, 0, static_cast<double>(image.width_px), static_cast<double>(image.height_px)};
  const gboolean rendered = rsvg_handle_render_document(handle, cr, &viewport, &error);
  cairo_destroy(cr);
  g_object_unref(handle);
  if (!rendered) {
    if (error != nullptr) g_error_free(error);
    cairo_surface_destroy(surface);
    return InvalidArgumentError("diagrammet (SVG) kan ikke tegnes");
  }
  const cairo_status_t status = cairo_surface_write_to_png_stream(surface, &AppendPng, &image.bytes);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return InternalError("diagrammet kan ikke gemmes som PNG");
  return image;
}

}  // namespace helhed::ooxml
