"""The examples/ script answers the three users' questions (run as a script, small sizes)."""

import os
import subprocess
import sys

from conftest import SOURCE


def test_three_users_script_answers_each_question():
    env = dict(os.environ)
    result = subprocess.run([sys.executable, str(SOURCE / "examples/three_users.py"), "--people", "5000", "--runs", "40"],
                            cwd=SOURCE, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Senior Technical Program Manager: readiness 85%" in out
    assert "Product Manager: readiness 72%" in out
    assert "Sam Okafor" in out and "focus:" in out
    assert "of 5,000 already meet 90% of a senior TPM's weighted requirements" in out
    assert "per additional person" in out or "no clear effect" in out
