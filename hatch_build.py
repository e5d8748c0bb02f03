"""Build hook: compile each message catalogue (``src/laser_tui/locale/<language>/LC_MESSAGES/
laser_tui.po``) into the ``.mo`` file the wheel carries, with Babel. A catalogue with a fuzzy or
missing translation still builds (that message shows in English); ``tests/test_catalogues.py``
is what refuses one."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LOCALE = Path("src/laser_tui/locale")


class CatalogueBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds ``laser_tui/locale/<language>/LC_MESSAGES/laser_tui.mo`` for each ``.po``."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        compiled = Path(tempfile.mkdtemp(prefix="laser-tui-catalogues-"))
        for po in sorted((Path(self.root) / LOCALE).glob("*/LC_MESSAGES/*.po")):
            language = po.parents[1].name
            with po.open("rb") as source:
                catalogue = read_po(source, locale=language.replace("-", "_"))
            mo = compiled / language / po.with_suffix(".mo").name
            mo.parent.mkdir(parents=True, exist_ok=True)
            with mo.open("wb") as target:
                write_mo(target, catalogue)
            relative = po.relative_to(Path(self.root) / "src").with_suffix(".mo")
            build_data["force_include"][str(mo)] = str(relative)
