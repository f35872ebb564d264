"""What several browser tests do: check accessibility with axe-core, and use the keyboard alone."""

from axe_playwright_python.sync_playwright import Axe

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def assert_accessible(page) -> None:
    results = Axe().run(page, options=WCAG_AA)
    violations = [f"{v['id']}: {v['help']} ({len(v['nodes'])}x)" for v in results.response["violations"]]
    assert violations == [], f"{page.url}: {violations}"


class Keyboard:
    """Presses keys like a person and counts them (a typed character is one key)."""

    def __init__(self, page):
        self.page = page
        self.presses = 0

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
        self.presses += 1

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)
        self.presses += len(text)

    def tab_to(self, locator, *, at_most: int = 60) -> None:
        """Press Tab until ``locator`` has focus, as a keyboard user would."""
        for _ in range(at_most):
            self.press("Tab")
            if locator.evaluate("element => element === document.activeElement"):
                return
        raise AssertionError(f"{locator} cannot be reached with Tab")
