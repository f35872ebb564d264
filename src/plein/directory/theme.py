"""A portal's look as CSS custom properties (our own tokens, in the spirit of the NL Design System).

An editor picks the municipality's colours; the tokens keep text readable whatever was picked
(WCAG 2.1 AA): a text colour that does not contrast with the main colour becomes black or white, and
links get the main colour darkened until they read on the page's light surfaces.
"""

import re

from plein.directory.models import Portal

TEXT_CONTRAST = 4.5  # WCAG 2.1 AA for normal text
# Links sit on white and on the light grey of cards (plein.css --plein-color-surface), the darker one.
DARKEST_LIGHT_BACKGROUND = "#f3f5f7"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

# System fonts only: a web font would be a request to a third party or a file to license.
FONTS = {
    Portal.Font.SYSTEM: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    Portal.Font.HUMANIST: 'Seravek, "Gill Sans Nova", Ubuntu, Calibri, "DejaVu Sans", sans-serif',
    Portal.Font.SERIF: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", serif',
}


def _default(field: str) -> str:
    return Portal._meta.get_field(field).default


def _colour(value: str, field: str) -> str:
    # The value goes into a style sheet: only a well-formed colour does (an import may skip validation).
    return value.lower() if _HEX.match(value or "") else _default(field)


def _channels(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _darkened(colour: str, background: str) -> str:
    for step in range(21):
        factor = 1 - step / 20
        candidate = "#" + "".join(f"{round(channel * factor):02x}" for channel in _channels(colour))
        if contrast(candidate, background) >= TEXT_CONTRAST:
            return candidate
    return "#000000"


def theme_tokens(portal: Portal) -> dict[str, str]:
    """The custom properties of the portal's theme style sheet, by name."""
    primary = _colour(portal.colour_primary, "colour_primary")
    primary_text = _colour(portal.colour_primary_text, "colour_primary_text")
    if contrast(primary, primary_text) < TEXT_CONTRAST:
        primary_text = max(("#000000", "#ffffff"), key=lambda text: contrast(primary, text))
    return {
        "--portal-primary": primary,
        "--portal-primary-text": primary_text,
        "--portal-accent": _colour(portal.colour_accent, "colour_accent"),
        "--portal-link": _darkened(primary, DARKEST_LIGHT_BACKGROUND),
        "--portal-font": FONTS.get(portal.font, FONTS[Portal.Font.SYSTEM]),
    }
