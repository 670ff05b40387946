"""A headless Chromium driven over the DevTools protocol, for the test of `chair serve`.

No selenium, no driver binary: Chromium's own remote debugging over a websocket, with aiohttp's
client (textual-serve already depends on aiohttp). Chromium writes the port it picked into its
profile folder, so no port is guessed.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import re
import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
    "--window-size=1280,800",
)

ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)")


def find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def screen_words(data: bytes) -> str:
    """What a terminal stream writes, with its escape sequences taken out."""
    return ANSI.sub("", data.decode("utf-8", errors="replace"))


class Page:
    """One browser tab: navigate, press keys, take screenshots, and watch its traffic."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket
        self.ids = itertools.count(1)
        self.waiting: dict[int, asyncio.Future[Any]] = {}
        self.terminal = bytearray()  # everything the served app sent to the page's terminal
        self.requests: list[str] = []  # every URL the page asked for
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.socket:
            data = json.loads(message.data)
            if "id" in data:
                future = self.waiting.pop(data["id"], None)
                if future is not None and not future.done():
                    future.set_result(data)
            elif data.get("method") == "Network.webSocketFrameReceived":
                frame = data["params"]["response"]
                if frame.get("opcode") == 2:
                    self.terminal += base64.b64decode(frame["payloadData"])
            elif data.get("method") == "Network.requestWillBeSent":
                self.requests.append(data["params"]["request"]["url"])
            elif data.get("method") == "Network.webSocketCreated":
                self.requests.append(data["params"]["url"])

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self.ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.waiting[number] = future
        await self.socket.send_str(json.dumps({"id": number, "method": method, "params": params}))
        answer = await asyncio.wait_for(future, 30)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    async def wait_for_text(self, text: str, timeout: float = 60) -> None:
        """Until the terminal has shown `text` (escape sequences and spacing aside)."""
        wanted = " ".join(text.split())
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while wanted not in " ".join(screen_words(bytes(self.terminal)).split()):
            if loop.time() > deadline:
                raise AssertionError(f"the page never showed {text!r}")
            await asyncio.sleep(0.1)

    async def press(self, key: str) -> None:
        """A key as a keyboard would send it: a letter, or 'Enter'."""
        if key == "Enter":
            down = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"}
        else:
            code = f"Key{key.upper()}"
            down = {
                "key": key,
                "code": code,
                "windowsVirtualKeyCode": ord(key.upper()),
                "text": key,
            }
        await self.send("Input.dispatchKeyEvent", type="keyDown", **down)
        await self.send(
            "Input.dispatchKeyEvent",
            type="keyUp",
            **{k: v for k, v in down.items() if k != "text"},
        )

    async def screenshot(self, path: Path) -> None:
        shot = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))


@contextlib.asynccontextmanager
async def chromium(profile: Path) -> AsyncIterator[Page]:
    """A headless Chromium with a fresh profile, and its one tab."""
    binary = find_chromium()
    assert binary is not None
    process = subprocess.Popen(
        [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while not (port_file.is_file() and port_file.read_text().strip()):
            if loop.time() > deadline or process.poll() is not None:
                raise AssertionError("Chromium did not start its remote debugging")
            await asyncio.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/json/list") as answer:
                targets = await answer.json()
            page_url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
            async with session.ws_connect(page_url, max_msg_size=0) as socket:
                page = Page(socket)
                try:
                    yield page
                finally:
                    page.reader.cancel()
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
