"""A rate limit per client kept in Django's cache: public forms and the public API use it.

A logged-in professional counts on their own (a GP practice shares one IP address); everyone
else per client address, hashed with the secret key so no IP address is kept in clear. The
window is fixed: it starts at the first hit and lasts ``window_seconds``.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


@dataclass(frozen=True)
class RateLimit:
    name: str
    limit: int
    window_seconds: int

    def _key(self, request: HttpRequest) -> str:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            client = f"user:{user.pk}"
        else:
            client = f"ip:{request.META.get('REMOTE_ADDR', '')}"
        digest = hashlib.sha256(f"{client}|{settings.SECRET_KEY}".encode()).hexdigest()
        return f"plein:{self.name}:rate:{digest}"

    def exceeded(self, request: HttpRequest) -> bool:
        return (cache.get(self._key(request)) or 0) >= self.limit

    def count(self, request: HttpRequest) -> None:
        key = self._key(request)
        if not cache.add(key, 1, timeout=self.window_seconds):
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.add(key, 1, timeout=self.window_seconds)

    def hit(self, request: HttpRequest) -> bool:
        """Count this request; True when it is over the limit (for reads, which count every time)."""
        if self.exceeded(request):
            return True
        self.count(request)
        return False
