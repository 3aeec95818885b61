"""Jinja rendering for built-in and team templates: sandboxed, strict, size-capped."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designlint.errors import TemplateError
from designlint.files import inside

if TYPE_CHECKING:
    from jinja2 import BaseLoader, Environment

MAX_OUTPUT = 1_000_000  # bytes; a design doc this large is a runaway template
MAX_SECONDS = 10.0  # the sandbox limits what a template may touch, not how long it runs
MAX_MEMORY = 512 * 1024 * 1024  # bytes a render may add to the process (see _memory_limit)


def _loader(root: Path) -> BaseLoader:
    """A loader that reads only regular files whose real path stays inside root."""
    from jinja2 import BaseLoader, TemplateNotFound

    class RootLoader(BaseLoader):
        def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
            path = root / template
            if not inside(path, root):
                raise TemplateError(f"template {template!r}: resolves outside the template folder {root}; refusing it")
            if not path.is_file():
                raise TemplateNotFound(template)
            mtime = os.path.getmtime(path)
            text = path.read_text(encoding="utf-8")
            return text, str(path), lambda: os.path.getmtime(path) == mtime

    return RootLoader()


def environment(root: Path) -> Environment:
    """An immutable sandbox with StrictUndefined and size caps: a template may read data, never
    change it, and never build a value past the caps of sandbox.py."""
    from jinja2 import StrictUndefined

    from designlint.scaffold.sandbox import sandbox_class

    return sandbox_class()(
        loader=_loader(root),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _tidy(text: str) -> str:
    """At most one blank line in a row outside code fences, and one newline at the end."""
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if not fenced and not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line.rstrip() if not fenced else line)
    return "\n".join(out).strip("\n") + "\n"


def _template_frame(exc: BaseException) -> tuple[str, int] | None:
    """The innermost traceback frame that Jinja mapped back to a template file."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".jinja", ".md")) or "<template>" in filename:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _describe(exc: Exception, name: str) -> str:
    """A one-line account of a Jinja error, with the template line when known."""
    lineno = getattr(exc, "lineno", None)
    filename = getattr(exc, "filename", None)
    frame = _template_frame(exc)
    if lineno is None and frame is not None:
        filename, lineno = frame
    where = f"{filename or name}{f':{lineno}' if lineno else ''}"
    message = str(getattr(exc, "message", None) or exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"{where}: {message}"


def render(env: Environment, name: str, context: Mapping[str, Any]) -> str:
    """Render template name; every Jinja failure becomes a one-line TemplateError."""
    from jinja2 import TemplateError as JinjaError
    from jinja2 import TemplateNotFound, UndefinedError
    from jinja2.exceptions import SecurityError

    try:
        text = _generate(env, name, context)
    except TemplateNotFound as exc:
        raise TemplateError(f"template {exc.name!r} not found") from None
    except UndefinedError as exc:
        raise TemplateError(f"{_describe(exc, name)} (pass it with --var or declare a default)") from None
    except SecurityError as exc:
        raise TemplateError(f"{_describe(exc, name)}: not allowed in a template") from None
    except JinjaError as exc:
        raise TemplateError(_describe(exc, name)) from None
    except MemoryError as exc:
        limit = f"rendering needed over {MAX_MEMORY // 2**20} MB; stopped"
        raise TemplateError(f"{_describe(exc, name)}: {limit}") from None
    except RecursionError as exc:
        raise TemplateError(f"{_describe(exc, name)}: the template includes or calls itself without end") from None
    except TemplateError:
        raise
    except Exception as exc:  # noqa: BLE001 - a template is user code: whatever it raises is its error
        raise TemplateError(f"{_describe(exc, name)} ({type(exc).__name__})") from None
    return _tidy(text)


def _generate(env: Environment, name: str, context: Mapping[str, Any]) -> str:
    """Render piece by piece, stopping as soon as the output passes MAX_OUTPUT or time runs out."""
    chunks: list[str] = []
    size = 0
    with _time_limit(name), _memory_limit():
        for chunk in env.get_template(name).generate(context):
            size += len(chunk.encode("utf-8"))
            if size > MAX_OUTPUT:
                raise TemplateError(f"{name}: output is over {MAX_OUTPUT:,} bytes; refusing to write it")
            chunks.append(chunk)
    return "".join(chunks)


@contextmanager
def _memory_limit() -> Iterator[None]:
    """Cap the address space at what the process has plus MAX_MEMORY while a template renders, so
    a value built where the sandbox cannot see (`~` joins in a loop) ends in MemoryError, not swap."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        with open("/proc/self/statm", encoding="ascii") as statm:
            used = int(statm.read().split()[0]) * resource.getpagesize()
    except (ImportError, OSError, ValueError):
        yield  # not Linux: the sandbox's own caps and the time limit remain
        return
    cap = used + MAX_MEMORY
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@contextmanager
def _time_limit(name: str) -> Iterator[None]:
    """Stop a render that runs past MAX_SECONDS (POSIX main thread only; elsewhere no limit)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TemplateError(f"{name}: rendering took over {MAX_SECONDS:g} seconds; stopped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, MAX_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
