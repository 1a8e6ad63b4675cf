#!/usr/bin/env bash
# `npm test`: the definition checks (type-check the whole project once, bundle, `zapier-platform validate` without a
# second build) run beside the jest suite rather than before it: jest does not need them, and the two cores are not
# both busy all the time. Fails if either fails; extra arguments go to jest.
set -u
export DISABLE_ZAPIER_ANALYTICS=1 NO_UPDATE_NOTIFIER=1
(tsc -p tsconfig.json && npm run --silent bundle && zapier-platform validate --without-style --skip-build) &
checks=$!
jest "$@"
tests=$?
wait "$checks"
checked=$?
[ "$checked" -eq 0 ] || echo "npm test: the type check, bundle or zapier-platform validate failed (exit $checked)." >&2
exit $(( tests != 0 ? tests : checked ))
