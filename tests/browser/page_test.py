#!/usr/bin/python3
"""The web app in a real browser: headless Chromium driven by Selenium
(Debian's chromium, chromium-driver and python3-selenium).

It starts `careerpath serve` on a free port and does what a person would:
types "Program Manager", picks the candidate, moves the system-design slider
with the keyboard, and checks that the recommendations, the gap chart and the
route show the numbers the API gives for the profile the page holds; then it
loads a team file and checks the mentor report. Screenshots of the main views
go to --screenshots (docs/images when refreshing the pictures in the docs).

    /usr/bin/python3 tests/browser/page_test.py --binary build/release/cli/careerpath \\
        --team-folder profiles/teams --screenshots /tmp/shots
"""

import argparse
import json
import math
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

WAIT_SECONDS = 20


class Server:
    """`careerpath serve --port 0`, its port read from its first line."""

    def __init__(self, binary):
        self.process = subprocess.Popen([binary, "serve", "--port", "0", "--threads", "2"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            self.process.kill()
            raise RuntimeError("careerpath serve did not start: " + line + self.process.stderr.read())
        self.url = "http://127.0.0.1:%s" % match.group(1)

    def api(self, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method="GET" if body is None else "POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout=30)
        if status != 0:
            raise AssertionError("careerpath serve exited with %d: %s" % (status, self.process.stderr.read()))


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    # Headless with no display; the networking flags keep Chromium from
    # calling out (the page needs nothing but the local server).
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=%d,%d" % (width, height),
                 "--user-data-dir=" + tempfile.mkdtemp(prefix="careerpath-chromium-")):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait_for(driver, condition, what):
    try:
        return WebDriverWait(driver, WAIT_SECONDS, poll_frequency=0.1).until(lambda d: condition(d))
    except Exception as error:
        raise AssertionError("timed out waiting for " + what) from error


def page_profile(driver):
    """The profile the page holds, read from what it shows: role, years,
    goals and every slider."""
    return driver.execute_script("""
        const skills = {};
        for (const s of document.querySelectorAll('#skills input[type=range]')) skills[s.dataset.skill] = Number(s.value);
        return {years: Number(document.getElementById('years').value), skills};""")


def profile_for(role, shown, goals):
    return {"format": "careerpath.profile/1", "id": "me", "current_role": role,
            "years_in_role": shown["years"], "skills": shown["skills"], "goals": goals}


def shown_recommendations(driver):
    return driver.execute_script("""
        return [...document.querySelectorAll('#recommendations > li')].map(li => ({
          title: li.querySelector('h4').firstChild.textContent.trim(),
          score: li.querySelector('.score strong').textContent,
          reasons: [...li.querySelectorAll('ul li')].map(r => r.textContent)}));""")


def shown_gap(driver):
    return driver.execute_script("""
        return [...document.querySelectorAll('#gap-chart g[data-skill]')].map(g => ({
          skill: g.dataset.skill, text: g.querySelector('text:last-of-type').textContent}));""")


def shown_route(driver):
    return driver.execute_script("""
        const first = document.querySelector('#route-chart svg');
        return first ? [...first.querySelectorAll('g.stop')].map(g => g.dataset.role) : [];""")


def level(x):
    return str(round(x * 10) / 10).removesuffix(".0")


def years(x):
    """Years as the page writes them: one decimal under 10, else whole."""
    return ("%.1f y" % x) if x < 10 else "%d y" % math.floor(x + 0.5)


def expect_equal(actual, expected, what):
    if actual != expected:
        raise AssertionError("%s: the page shows %r, the API gives %r" % (what, actual, expected))


def check_against_api(driver, server, role):
    """The recommendations, gap chart and route on the page are the API's
    answers for the profile the page holds."""
    shown = page_profile(driver)
    person = profile_for(role, shown, [])
    recommend = server.api("/api/recommend?graph=tech&top=5", person)
    want = [{"title": "%d. %s" % (r["rank"], r["role"]["title"]), "score": "%.2f" % r["score"],
             "reasons": r["reasons"]} for r in recommend["recommendations"]]
    wait_for(driver, lambda d: shown_recommendations(d) == want, "the recommendations the API gives")
    target = driver.find_element(By.ID, "target").get_attribute("value")
    gap = server.api("/api/gap?graph=tech&role=" + target, person)
    want_gap = [{"skill": s["skill"], "text": "%s / %s" % (level(s["have"]), level(s["need"]))} for s in gap["skills"]]
    wait_for(driver, lambda d: shown_gap(d) == want_gap, "the gap chart the API gives")
    path = server.api("/api/path?graph=tech&k=3&to=" + target, person)
    best = path["routes"][0]
    want_route = [role] + [s["to"]["id"] for s in best["steps"]]
    wait_for(driver, lambda d: shown_route(d) == want_route, "the route the API gives")
    # The route's time: its median and 10th-90th percentile range, as the API gives them.
    want_summary = "Best route: %s, about %s (%s–%s) if you pursue it." % (
        " → ".join(s["to"]["title"] for s in best["steps"]), years(best["total_years"]),
        years(best["years"]["p10"]), years(best["years"]["p90"]))
    wait_for(driver, lambda d: d.find_element(By.ID, "route-summary").text == want_summary,
             "the route summary '%s'" % want_summary)
    return recommend, gap


def inline_team(team_folder, name):
    """A team file with its members read in (a request body names no files),
    written to a temporary folder as a person would save it."""
    with open(os.path.join(team_folder, name)) as f:
        team = json.load(f)
    members = []
    for member in team["members"]:
        if isinstance(member, str):
            with open(os.path.join(team_folder, member)) as f:
                member = json.load(f)
        members.append(member)
    team["members"] = members
    path = os.path.join(tempfile.mkdtemp(prefix="careerpath-team-"), name)
    with open(path, "w") as f:
        json.dump(team, f, indent=2)
    return team, path


def route_text(member):
    """A member's best route as the report writes it, from the API's numbers."""
    route = member["routes"][0]
    return "Best route (about %s, %s–%s if pursued): %s" % (
        years(route["total_years"]), years(route["years"]["p10"]), years(route["years"]["p90"]),
        " → ".join([member["current_role"]["title"]] + [s["to"]["title"] for s in route["steps"]]))


def shown_mentor_report(driver):
    return driver.execute_script("""
        return [...document.querySelectorAll('#mentor-report li.member')].map(li => ({
          member: li.dataset.member,
          name: li.querySelector('h4').textContent,
          years: li.querySelector('.route-text') ? Number(li.querySelector('.route-text').dataset.years) : null,
          route: li.querySelector('.route-text') ? li.querySelector('.route-text').textContent : null,
          focus: [...li.querySelectorAll('.focus li')].map(f => f.dataset.skill)}));""")


def check_mentor_report(driver, server, team_folder, screenshots):
    """Upload a team file; the report shows each member's plan as the API gives it."""
    team, path = inline_team(team_folder, "payments-team.json")
    report = server.api("/api/mentor?graph=tech", team)
    want = [{"member": m["id"], "name": m["name"] or m["id"],
             "years": m["routes"][0]["total_years"] if m["routes"] else None,
             "route": route_text(m) if m["routes"] else None,
             "focus": [f["skill"]["id"] for f in m["focus_skills"]]} for m in report["members"]]
    if len(want) != len(team["members"]):
        raise AssertionError("the API's report has %d members, the team %d" % (len(want), len(team["members"])))
    driver.find_element(By.ID, "team-upload").send_keys(path)
    wait_for(driver, lambda d: "Report for payments-team.json" in d.find_element(By.ID, "mentor-status").text,
             "the mentor report")
    expect_equal(shown_mentor_report(driver), want, "the mentor report")
    text = driver.find_element(By.ID, "mentor-report").text
    for spof in report["single_points_of_failure"]:
        if spof["skill"]["name"] + ": only" not in text:
            raise AssertionError("the single point of failure in %s is not shown" % spof["skill"]["name"])
    if screenshots:
        driver.execute_script("document.getElementById('mentor').scrollIntoView()")
        driver.save_screenshot(os.path.join(screenshots, "web-app-mentor.png"))
    # A bad team is refused with the place named.
    team["members"][1]["skills"]["system-design"] = 9
    bad = os.path.join(os.path.dirname(path), "bad-team.json")
    with open(bad, "w") as f:
        json.dump(team, f)
    driver.find_element(By.ID, "team-upload").send_keys(bad)
    wait_for(driver, lambda d: "/members/1/skills/system-design" in d.find_element(By.ID, "mentor-status").text,
             "the refusal naming the member's skill")
    if not driver.find_element(By.ID, "mentor-report").get_attribute("hidden"):
        raise AssertionError("the earlier team's report still shows after a refused file")


def run(binary, team_folder, screenshots):
    server = Server(binary)
    driver = browser(1280, 1800)
    try:
        driver.get(server.url + "/")
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#graph option"), "the graphs")

        # Type a title and pick the candidate from the live list.
        box = driver.find_element(By.ID, "role-input")
        box.send_keys("Program Manager")
        option = wait_for(driver, lambda d: next((o for o in d.find_elements(By.CSS_SELECTOR, "#role-options [role=option]")
                                                   if "program-manager ·" in o.text), None), "the Program Manager candidate")
        option.click()
        wait_for(driver, lambda d: "program-manager" in d.find_element(By.ID, "role-chosen").text, "the chosen role")
        # The main skills show first; the rest are behind "Show all".
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#skills .skill"), "the skill sliders")
        if not driver.find_elements(By.ID, "skill-system-design"):
            driver.find_element(By.CSS_SELECTOR, "#skills button.more").click()
        wait_for(driver, lambda d: d.find_elements(By.ID, "skill-system-design"), "the system design slider")

        before, gap_before = check_against_api(driver, server, "program-manager")
        if screenshots:
            driver.save_screenshot(os.path.join(screenshots, "web-app.png"))

        # Move the system-design slider up by two levels, with the keyboard.
        slider = driver.find_element(By.ID, "skill-system-design")
        start = float(slider.get_attribute("value"))
        for _ in range(4):
            slider.send_keys(Keys.ARROW_RIGHT)
        expect_equal(float(slider.get_attribute("value")), start + 2.0, "the slider after four steps right")
        after, gap_after = check_against_api(driver, server, "program-manager")
        if after == before and gap_after == gap_before:
            raise AssertionError("moving system design changed nothing the API gives; the check would not notice")

        # The chances by year come from simulate.
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#chance-chart circle.point"), "the chances chart")
        summary = driver.find_element(By.ID, "chance-summary").text
        if "simulated careers" not in summary:
            raise AssertionError("chances summary: " + summary)
        if screenshots:
            driver.execute_script("document.getElementById('route-figure').scrollIntoView()")
            driver.save_screenshot(os.path.join(screenshots, "web-app-charts.png"))

        # Download and load back the profile: the same sliders come back.
        shown = page_profile(driver)
        profile_file = os.path.join(tempfile.mkdtemp(prefix="careerpath-profile-"), "me.json")
        with open(profile_file, "w") as f:
            json.dump(profile_for("program-manager", shown, []), f)
        driver.find_element(By.ID, "upload").send_keys(profile_file)
        wait_for(driver, lambda d: "Loaded me.json" in d.find_element(By.ID, "about-status").text, "the profile loaded")
        expect_equal(page_profile(driver)["skills"]["system-design"], shown["skills"]["system-design"],
                     "system design after loading the profile back")

        check_mentor_report(driver, server, team_folder, screenshots)

    finally:
        driver.quit()

    # A phone-width screen: one column, nothing wider than the screen.
    driver = browser(390, 1600)
    try:
        driver.get(server.url + "/")
        box = wait_for(driver, lambda d: d.find_element(By.ID, "role-input"), "the role box")
        box.send_keys("Program Manager")
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#role-options [role=option]"), "candidates")
        box.send_keys(Keys.ENTER)  # the keyboard picks the highlighted, best candidate
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#recommendations > li"), "recommendations")
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            raise AssertionError("at phone width the page is %d px wider than the screen" % overflow)
        if screenshots:
            driver.save_screenshot(os.path.join(screenshots, "web-app-phone.png"))
    finally:
        driver.quit()
    server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--team-folder", required=True)
    parser.add_argument("--screenshots", help="folder for screenshots of the main views")
    args = parser.parse_args()
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    started = time.monotonic()
    run(args.binary, args.team_folder, args.screenshots)
    print("browser test passed in %.1f s" % (time.monotonic() - started))


if __name__ == "__main__":
    sys.exit(main())
