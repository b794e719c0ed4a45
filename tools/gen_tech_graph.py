#!/usr/bin/env python3
"""Generate graphs/tech.json (the default careerpath role graph) and validate it
together with the example people in profiles/*.json.

Usage:
    python3 tools/gen_tech_graph.py            # write graphs/tech.json, then validate
    python3 tools/gen_tech_graph.py --check    # validate only (graph + profiles)

Python 3 standard library only. The data below is the single source of truth for
graphs/tech.json; edit it here and re-run rather than editing the JSON by hand.
"""
import json
import os
import re
import sys
from collections import defaultdict, deque

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GRAPH_PATH = os.path.join(ROOT, "graphs", "tech.json")
PROFILES_DIR = os.path.join(ROOT, "profiles")

# ---------------------------------------------------------------------------
# Sources (from the SOURCE.md of each dataset in /work/shared/data)
# ---------------------------------------------------------------------------
SOURCES = [
    {"id": "dropbox",
     "title": "Dropbox Engineering Career Framework (dropbox/dbx-career-framework, commit 6469a45)",
     "url": "https://github.com/dropbox/dbx-career-framework",
     "license": "Apache-2.0, Copyright (c) 2021 Dropbox, Inc."},
    {"id": "engineeringladders",
     "title": "Engineering Ladders (jorgef/engineeringladders, commit 6055355)",
     "url": "https://github.com/jorgef/engineeringladders",
     "license": "Apache-2.0"},
    {"id": "monzo",
     "title": "Monzo progression framework (monzo/progression-framework, commit 689e622)",
     "url": "https://github.com/monzo/progression-framework",
     "license": "MIT, Copyright (c) 2019 Monzo Bank Limited"},
    {"id": "ft",
     "title": "Financial Times engineering progression (Financial-Times/engineering-progression, commit d54616e)",
     "url": "https://github.com/Financial-Times/engineering-progression",
     "license": "MIT, Copyright (c) 2019 Financial Times"},
]

ATTRIBUTION = (
    "Role definitions draw on the Dropbox Engineering Career Framework (Apache-2.0), "
    "Engineering Ladders by jorgef (Apache-2.0), the Monzo progression framework (MIT) and "
    "the Financial Times engineering progression (MIT). Skill levels, move rates and times "
    "are practitioner estimates, not observed career data."
)

# ---------------------------------------------------------------------------
# Tracks
# ---------------------------------------------------------------------------
TRACKS = [
    ("engineering", "Software engineering",
     "Individual-contributor software engineers from Software Engineer I to Distinguished Engineer, plus the engineering tech lead (Dropbox SWE IC1-IC7, Engineering Ladders D1-D7 and TL4-TL7, FT engineering)."),
    ("engineering-management", "Engineering management",
     "People managers of engineering teams and organisations: Engineering Manager, Senior EM, Director, VP (Dropbox M3-M7, Engineering Ladders EM5-EM7)."),
    ("project-management", "Project management",
     "Delivery of bounded projects to scope, time and budget: coordinator, project manager, senior project manager and PMO lead."),
    ("program-management", "Program management",
     "Multi-project programs, usually business-led (transformation, migrations of processes, mergers): governance, budget, phasing and stakeholder engagement, relying on engineers for technical depth."),
    ("technical-program-management", "Technical program management",
     "Cross-team programs whose work is mostly technical; the TPM is expected to engage in the technical detail, critical path and architecture trade-offs (Dropbox TPM IC1-IC6, Engineering Ladders TPM4-TPM7)."),
    ("product-management", "Product management",
     "Deciding what to build and why: discovery, strategy, prioritisation and outcomes, from Associate PM and Product Owner to VP Product (Monzo product framework)."),
    ("agile-delivery", "Agile delivery",
     "Team-level delivery and ways of working: scrum master, delivery manager, agile coach, head of delivery."),
    ("business-analysis", "Business analysis",
     "Eliciting and specifying requirements, modelling processes and bridging business and engineering."),
    ("enterprise-systems", "Enterprise systems",
     "Configuring and implementing packaged business systems such as payroll, HR and ERP finance suites."),
    ("data", "Data and machine learning",
     "Analysts, data scientists, data engineers, ML engineers and analytics managers (Dropbox DE/MLE, Monzo data)."),
    ("reliability", "Site reliability engineering",
     "Running production systems: availability, incident response, capacity and automation (Dropbox reliability engineer ladder)."),
    ("quality", "Quality engineering",
     "Testing and quality: QA analysts, quality engineers and SDETs (Dropbox QE/SDET, Monzo quality analyst)."),
    ("security", "Security engineering",
     "Product, infrastructure and detection security engineering (Dropbox security engineer ladder)."),
    ("design", "User experience design",
     "Research and design of user experiences (Monzo design frameworks)."),
    ("architecture", "Architecture",
     "Customer- and enterprise-facing architects who design solutions across systems and vendors."),
]

# ---------------------------------------------------------------------------
# Skills
# ---------------------------------------------------------------------------
SKILLS = [
    # technical
    ("coding", "Coding", "technical", "Writing, reviewing and debugging production code; fluency in at least one language and its tooling."),
    ("system-design", "System design", "technical", "Designing systems and components: interfaces, data flow, scaling, trade-offs and failure modes."),
    ("software-architecture", "Software architecture", "technical", "Structuring large codebases and platforms over time: boundaries, patterns, technical strategy and debt."),
    ("cloud-infrastructure", "Cloud infrastructure", "technical", "Cloud platforms, networking, containers, infrastructure as code and CI/CD pipelines."),
    ("reliability-operations", "Reliability and operations", "technical", "Observability, on-call, incident response, capacity planning and SLOs."),
    ("testing-quality", "Testing and quality", "technical", "Test strategy and automation, quality processes, defect analysis."),
    ("security-fundamentals", "Security fundamentals", "technical", "Threat modelling, secure design and coding, vulnerability management, security controls."),
    ("data-analysis", "Data analysis and SQL", "technical", "Querying, cleaning and analysing data with SQL, spreadsheets and notebooks; reporting results."),
    ("data-ml-literacy", "Data and ML literacy", "technical", "Understanding how data pipelines and machine-learning systems work, what they can and cannot do, and how they fail."),
    ("machine-learning", "Machine learning", "technical", "Building, training, evaluating and deploying statistical and machine-learning models."),
    ("data-engineering", "Data engineering", "technical", "Data modelling, pipelines, warehouses and data quality at scale."),
    # delivery
    ("planning-scheduling", "Planning and scheduling", "delivery", "Breaking work down, estimating, sequencing and tracking plans and milestones."),
    ("dependency-critical-path", "Dependencies and critical path", "delivery", "Mapping cross-team dependencies, identifying the critical path and unblocking it."),
    ("risk-management", "Risk management", "delivery", "Identifying, assessing and mitigating delivery, technical and business risks; RAID logs and escalation."),
    ("budgeting", "Budgeting and financial control", "delivery", "Building and controlling budgets, forecasts, business cases and vendor spend."),
    ("governance-compliance", "Governance and compliance", "delivery", "Steering committees, stage gates, reporting, audit and regulatory compliance."),
    ("agile-practices", "Agile practices", "delivery", "Scrum, Kanban and scaled agile: ceremonies, backlogs, flow metrics and continuous improvement."),
    ("release-management", "Release management", "delivery", "Launch readiness, release trains, rollouts, rollbacks and change management."),
    ("requirements-analysis", "Requirements analysis", "delivery", "Eliciting, modelling and documenting requirements, user stories and acceptance criteria."),
    ("process-design", "Process design", "delivery", "Designing repeatable workflows and operating mechanisms that make teams more effective (Dropbox TPM craft)."),
    # people
    ("stakeholder-engagement", "Stakeholder engagement", "people", "Identifying stakeholders, managing expectations and keeping senior sponsors aligned."),
    ("communication", "Communication", "people", "Clear writing and speaking for the audience: status, proposals, decisions and difficult news."),
    ("influence-without-authority", "Influence without authority", "people", "Driving decisions and alignment across teams that do not report to you."),
    ("mentoring", "Mentoring and coaching", "people", "Growing other people through feedback, coaching and sponsorship."),
    ("people-management", "People management", "people", "Managing direct reports: performance, career growth, team health and org design."),
    ("hiring", "Hiring", "people", "Defining roles, interviewing, closing candidates and building teams."),
    ("conflict-resolution", "Conflict resolution", "people", "Surfacing and resolving disagreements between people and teams."),
    ("facilitation", "Facilitation", "people", "Running workshops, ceremonies and decision meetings that reach an outcome."),
    # business
    ("product-strategy", "Product strategy", "business", "Vision, strategy and roadmaps grounded in market, customer and business context."),
    ("customer-discovery", "Customer discovery", "business", "User research, problem framing and validating ideas with customers before building."),
    ("prioritisation", "Prioritisation", "business", "Making and defending trade-offs between opportunities, scope and time."),
    ("metrics-analytics", "Metrics and analytics", "business", "Defining success metrics, experiments and dashboards, and acting on them."),
    ("go-to-market", "Go-to-market", "business", "Launch positioning, pricing, sales and marketing alignment, adoption."),
    ("business-acumen", "Business acumen", "business", "Understanding how the business makes money, its market, costs and constraints."),
    # design
    ("ux-design", "UX design", "design", "Interaction and visual design, prototyping and usability testing of user experiences."),
    # domain
    ("cloud-migration", "Cloud migration", "domain", "Moving workloads and data centres to the cloud: sequencing, cut-overs, cost and risk."),
    ("payroll-finance-systems", "Payroll and finance systems", "domain", "Payroll, HR and ERP finance systems (e.g. Workday, SAP, Oracle): pay rules, tax, year-end, integrations and controls."),
    ("ai-ml-programs", "AI/ML programs", "domain", "Running AI/ML initiatives: data readiness, model lifecycle, evaluation and responsible-AI review."),
    ("security-programs", "Security programs", "domain", "Security and privacy programs: compliance certifications, vulnerability remediation, incident readiness."),
]

# ---------------------------------------------------------------------------
# Source strings used repeatedly
# ---------------------------------------------------------------------------
DBX_PROMO = "dropbox: promotion_guidelines (typical time in level L1 1.5-2y, L2 2-3y, L3 2-4y, L4 4+)"
DBX_LEVELS = "dropbox: overview (IC levels comparable across roles)"
FT_SPLIT = "ft: engineering progression, IC vs people-manager split at senior-2 and principal"
EL_TL_EM = "engineeringladders: TechLead-EngineeringManager.md"
EL_TPM = "engineeringladders: TechnicalProgramManager.md and Developer.md (same levels)"
SEEDS = "practitioner judgement: common move reported in the seeds thread (pm-vs-tpm forum)"
PJ = "practitioner judgement: common move in tech organisations"
PJ_BACK = "practitioner judgement: step back to change company, track or scope"
MONZO = "monzo: product framework (levels cumulative)"


def req(spec):
    """'coding 2 1.0, system-design 1 .4' -> {"coding": {"level": 2, "importance": 1.0}, ...}"""
    out = {}
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        sid, lvl, imp = part.split()
        if sid in out:
            raise SystemExit("duplicate requirement %s in %r" % (sid, spec))
        lvl = float(lvl)
        out[sid] = {"level": int(lvl) if lvl == int(lvl) else lvl, "importance": float(imp)}
    return out


ROLES = []


def R(rid, title, track, level, desc, aliases, source, reqs, code=None):
    role = {"id": rid, "title": title, "track": track, "level": level,
            "description": desc, "aliases": aliases}
    if code:
        role["code"] = code
    role["source"] = source
    role["requirements"] = req(reqs)
    ROLES.append(role)


# ---------------------------------------------------------------- engineering
R("swe-1", "Software Engineer I", "engineering", 1,
  "Entry-level engineer who delivers well-defined tasks and production-ready code with direction from the team.",
  ["Junior Software Engineer", "Junior Engineer", "Graduate Software Engineer", "IC1 Software Engineer"],
  "dropbox: ic1_software_engineer; engineeringladders: Developer.md D1; ft: engineering.yml junior",
  "coding 2 1.0, testing-quality 2 .7, system-design 1 .4, software-architecture 1 .3, cloud-infrastructure 1 .4, "
  "reliability-operations 1 .3, security-fundamentals 1 .3, agile-practices 1 .3, communication 2 .5, "
  "data-analysis 1 .2, release-management 1 .2", "15-1252.00")
R("swe-2", "Software Engineer II", "engineering", 2,
  "Independently delivers resilient, well-tested features and small projects from design to rollout for team-level goals.",
  ["Software Engineer", "Developer", "Software Developer", "IC2 Software Engineer"],
  "dropbox: ic2_software_engineer; engineeringladders: Developer.md D2-D3; ft: engineering.yml engineer",
  "coding 3 1.0, testing-quality 3 .7, system-design 2 .6, software-architecture 2 .4, cloud-infrastructure 2 .5, "
  "reliability-operations 2 .4, security-fundamentals 2 .4, agile-practices 2 .3, communication 2 .5, "
  "release-management 2 .3, data-analysis 1 .2, mentoring 1 .2, planning-scheduling 1 .2", "15-1252.00")
R("swe-3", "Senior Software Engineer", "engineering", 3,
  "Owns multi-milestone projects and components for quarterly team goals, solves ambiguous problems independently and mentors others.",
  ["Senior Engineer", "Senior Developer", "IC3 Software Engineer", "Senior Engineer 1"],
  "dropbox: ic3_software_engineer; engineeringladders: Developer.md D4; ft: engineering.yml senior-1",
  "coding 4 1.0, system-design 3 .8, software-architecture 3 .6, testing-quality 3 .6, cloud-infrastructure 3 .5, "
  "reliability-operations 3 .5, security-fundamentals 2 .4, communication 3 .6, mentoring 2 .5, "
  "planning-scheduling 2 .4, influence-without-authority 2 .4, release-management 2 .3, stakeholder-engagement 2 .3, "
  "agile-practices 2 .3", "15-1252.00")
R("swe-4", "Senior Software Engineer II", "engineering", 4,
  "Autonomously delivers semi-annual and annual goals across a team, product capability or system; the career level for many engineers.",
  ["Senior Engineer 2", "Lead Software Engineer", "IC4 Software Engineer", "Senior Software Engineer (IC4)"],
  "dropbox: ic4_software_engineer; engineeringladders: Developer.md D5; ft: engineering.yml senior-2-ic",
  "coding 4 .9, system-design 4 .9, software-architecture 4 .7, testing-quality 3 .5, cloud-infrastructure 3 .5, "
  "reliability-operations 3 .5, security-fundamentals 3 .4, communication 3 .7, mentoring 3 .6, "
  "influence-without-authority 3 .6, planning-scheduling 3 .4, stakeholder-engagement 3 .4, "
  "dependency-critical-path 2 .3, business-acumen 2 .3", "15-1252.00")
R("swe-5", "Staff Software Engineer", "engineering", 5,
  "Sets and delivers multi-year, multi-team technical strategy through direct implementation or broad technical leadership.",
  ["Staff Engineer", "Staff Software Developer", "IC5 Software Engineer"],
  "dropbox: ic5_staff_software_engineer, archetypes_behaviors; engineeringladders: Developer.md D6",
  "coding 4 .7, system-design 5 1.0, software-architecture 5 .9, cloud-infrastructure 4 .5, reliability-operations 4 .5, "
  "security-fundamentals 3 .4, testing-quality 3 .4, communication 4 .8, influence-without-authority 4 .8, mentoring 4 .7, "
  "stakeholder-engagement 3 .6, business-acumen 3 .5, product-strategy 2 .3, dependency-critical-path 3 .4, "
  "risk-management 3 .4", "15-1252.00")
R("swe-6", "Principal Software Engineer", "engineering", 6,
  "Delivers results against a strategic company-level objective with an industry-leading, multi-year technical perspective.",
  ["Principal Engineer", "IC6 Software Engineer", "Principal Engineer (IC)"],
  "dropbox: ic6_principal_software_engineer; engineeringladders: Developer.md D7; ft: engineering.yml principal-ic",
  "coding 4 .5, system-design 5 1.0, software-architecture 5 1.0, cloud-infrastructure 4 .5, reliability-operations 4 .5, "
  "security-fundamentals 4 .4, communication 5 .8, influence-without-authority 5 .9, mentoring 4 .7, "
  "stakeholder-engagement 4 .7, business-acumen 4 .6, product-strategy 3 .5, risk-management 3 .4, hiring 3 .3",
  "15-1252.00")
R("swe-7", "Distinguished Engineer", "engineering", 7,
  "Company-wide technical authority over a portfolio of strategic objectives; shapes the technical direction of the company and the industry.",
  ["Senior Principal Engineer", "Distinguished Software Engineer", "Fellow", "IC7 Software Engineer"],
  "dropbox: ic7_senior_principal_software_engineer",
  "system-design 5 1.0, software-architecture 5 1.0, coding 4 .4, cloud-infrastructure 5 .5, security-fundamentals 4 .4, "
  "communication 5 .9, influence-without-authority 5 1.0, mentoring 5 .7, stakeholder-engagement 5 .8, "
  "business-acumen 5 .7, product-strategy 4 .6, hiring 3 .4, risk-management 4 .5, reliability-operations 4 .4", "15-1252.00")
R("tech-lead", "Engineering Tech Lead", "engineering", 4,
  "Senior engineer who owns a team's system and technical plan, balancing hands-on development, architecture, delivery and production support without formal reports.",
  ["Tech Lead", "TL", "Dev Lead", "Technical Lead", "Lead Developer"],
  "engineeringladders: TechLead.md TL4, TechLead-EngineeringManager.md",
  "coding 4 .8, system-design 4 .9, software-architecture 4 .7, testing-quality 3 .5, reliability-operations 3 .4, "
  "cloud-infrastructure 3 .4, planning-scheduling 3 .7, dependency-critical-path 3 .5, agile-practices 3 .5, "
  "mentoring 3 .7, communication 4 .7, stakeholder-engagement 3 .5, influence-without-authority 3 .6, "
  "risk-management 2 .4, release-management 3 .5, facilitation 2 .4", "15-1252.00")

# ----------------------------------------------------- engineering management
R("engineering-manager", "Engineering Manager", "engineering-management", 4,
  "First-line manager of a team of engineers: delivery, hiring, performance and career growth, with enough technical depth to guide design decisions.",
  ["EM", "Software Engineering Manager", "Development Manager", "Engineering Team Lead"],
  "dropbox: m3_engineering_manager, m4_engineering_manager; engineeringladders: EngineeringManager.md EM5; ft: engineering.yml senior-2-pm",
  "people-management 3 1.0, hiring 3 .8, mentoring 3 .8, communication 4 .8, stakeholder-engagement 3 .6, "
  "planning-scheduling 3 .6, agile-practices 3 .5, conflict-resolution 3 .7, coding 3 .4, system-design 3 .5, "
  "software-architecture 2 .3, prioritisation 3 .5, risk-management 2 .4, budgeting 1 .2, "
  "influence-without-authority 3 .5, release-management 2 .3", "11-3021.00")
R("senior-engineering-manager", "Senior Engineering Manager", "engineering-management", 5,
  "Leads several teams or a team of managers across multiple workstreams on six-to-twelve-month horizons.",
  ["Senior EM", "Engineering Manager II", "Manager of Managers", "Principal Engineer (People Manager)"],
  "dropbox: m5_senior_engineering_manager; engineeringladders: EngineeringManager.md EM6, Managing-Managers.md; ft: engineering.yml principal-pm",
  "people-management 4 1.0, hiring 4 .9, mentoring 4 .8, communication 4 .8, stakeholder-engagement 4 .7, "
  "conflict-resolution 4 .7, planning-scheduling 3 .5, prioritisation 4 .6, system-design 3 .5, "
  "software-architecture 3 .4, coding 2 .2, budgeting 2 .4, risk-management 3 .5, influence-without-authority 4 .7, "
  "business-acumen 3 .5, product-strategy 2 .3", "11-3021.00")
R("director-of-engineering", "Director of Engineering", "engineering-management", 6,
  "Accountable for an engineering organisation delivering a strategic company objective over one to two years: org design, budget and senior hiring.",
  ["Engineering Director", "Head of Engineering", "Technology Director"],
  "dropbox: m6_engineering_director; engineeringladders: EngineeringManager.md EM7; ft: engineering.yml tech-director",
  "people-management 5 1.0, hiring 5 .9, mentoring 4 .7, communication 5 .9, stakeholder-engagement 5 .8, "
  "conflict-resolution 4 .7, influence-without-authority 5 .8, budgeting 4 .7, business-acumen 4 .7, "
  "product-strategy 3 .5, risk-management 4 .6, governance-compliance 3 .4, system-design 3 .4, "
  "software-architecture 3 .4, prioritisation 4 .7", "11-3021.00")
R("vp-engineering", "VP of Engineering", "engineering-management", 7,
  "Leads engineering across a portfolio of company objectives over two to three years; owns engineering strategy, budget and leadership bench.",
  ["VP Engineering", "Vice President of Engineering", "Senior Director of Engineering", "VPE"],
  "dropbox: m7_senior_engineering_director",
  "people-management 5 1.0, hiring 5 .9, communication 5 1.0, stakeholder-engagement 5 .9, "
  "influence-without-authority 5 .9, budgeting 5 .8, business-acumen 5 .9, product-strategy 4 .7, "
  "governance-compliance 4 .5, risk-management 4 .6, conflict-resolution 5 .6, mentoring 4 .6, prioritisation 5 .7, "
  "software-architecture 3 .3, go-to-market 2 .3", "11-3021.00")

# --------------------------------------------------------- project management
R("project-coordinator", "Project Coordinator", "project-management", 1,
  "Supports project managers with schedules, meeting notes, RAID logs, status reports and logistics.",
  ["Project Administrator", "Project Support Officer", "PMO Analyst", "Project Assistant"],
  "practitioner judgement: entry role of the project-management profession",
  "planning-scheduling 2 .9, communication 2 .8, stakeholder-engagement 1 .5, risk-management 1 .4, budgeting 1 .3, "
  "governance-compliance 1 .4, agile-practices 1 .4, facilitation 1 .4, requirements-analysis 1 .3, "
  "dependency-critical-path 1 .4", "13-1082.00")
R("project-manager", "Project Manager", "project-management", 2,
  "Runs bounded projects to scope, schedule and budget: plans, risks, dependencies, status and stakeholders.",
  ["IT Project Manager", "Technical Project Manager", "Implementation Project Manager", "Delivery Project Manager"],
  "practitioner judgement: project-management profession; seeds thread (program vs project scope)",
  "planning-scheduling 3 1.0, dependency-critical-path 3 .8, risk-management 3 .8, budgeting 2 .6, "
  "governance-compliance 2 .6, stakeholder-engagement 3 .8, communication 3 .8, agile-practices 2 .5, "
  "facilitation 2 .5, requirements-analysis 2 .5, conflict-resolution 2 .5, release-management 2 .3, "
  "business-acumen 1 .3", "15-1299.09")
R("senior-project-manager", "Senior Project Manager", "project-management", 3,
  "Manages large or high-risk projects with several teams and vendors, and mentors other project managers.",
  ["Senior IT Project Manager", "Lead Project Manager", "Senior Technical Project Manager"],
  "practitioner judgement: project-management profession",
  "planning-scheduling 4 1.0, dependency-critical-path 4 .8, risk-management 4 .8, budgeting 3 .7, "
  "governance-compliance 3 .7, stakeholder-engagement 4 .8, communication 4 .8, agile-practices 3 .5, "
  "facilitation 3 .5, requirements-analysis 3 .5, conflict-resolution 3 .6, release-management 2 .3, "
  "business-acumen 2 .4, mentoring 2 .3, influence-without-authority 3 .5", "15-1299.09")
R("pmo-lead", "PMO Lead", "project-management", 4,
  "Leads the project management office: portfolio reporting, delivery standards and a team of project managers.",
  ["Head of PMO", "PMO Manager", "Portfolio Manager", "Project Management Office Lead"],
  "practitioner judgement: project-management profession",
  "planning-scheduling 4 .8, governance-compliance 4 .9, budgeting 4 .8, risk-management 4 .8, "
  "stakeholder-engagement 4 .8, communication 4 .7, people-management 3 .8, mentoring 3 .6, hiring 2 .5, "
  "process-design 4 .8, dependency-critical-path 3 .5, business-acumen 3 .5, conflict-resolution 3 .5, "
  "influence-without-authority 3 .5", "15-1299.09")

# --------------------------------------------------------- program management
R("program-manager", "Program Manager", "program-management", 3,
  "Runs multi-project programs that are mostly non-technical or business-led (transformation, mergers, operations): phasing, budget, governance and stakeholder engagement, relying on engineers for technical detail.",
  ["Programme Manager", "Business Program Manager", "Transformation Program Manager"],
  "seeds thread: program managers own phasing, planning, budgeting, scheduling and stakeholder engagement",
  "planning-scheduling 4 .9, dependency-critical-path 3 .7, risk-management 4 .8, budgeting 3 .8, "
  "governance-compliance 4 .8, stakeholder-engagement 4 1.0, communication 4 .9, influence-without-authority 3 .8, "
  "business-acumen 3 .6, conflict-resolution 3 .6, process-design 3 .6, prioritisation 3 .5, system-design 1 .3, "
  "data-ml-literacy 1 .2, agile-practices 2 .4, metrics-analytics 2 .4", "11-9199.00")
R("senior-program-manager", "Senior Program Manager", "program-management", 4,
  "Leads large cross-functional programs with executive sponsors, significant budgets and formal governance.",
  ["Senior Programme Manager", "Senior Business Program Manager", "Lead Program Manager"],
  "seeds thread; practitioner judgement: program-management profession",
  "planning-scheduling 4 .8, dependency-critical-path 4 .7, risk-management 4 .8, budgeting 4 .8, "
  "governance-compliance 4 .8, stakeholder-engagement 5 1.0, communication 4 .9, influence-without-authority 4 .8, "
  "business-acumen 4 .7, conflict-resolution 4 .6, process-design 4 .6, prioritisation 4 .6, system-design 2 .3, "
  "metrics-analytics 3 .5, mentoring 2 .4", "11-9199.00")
R("principal-program-manager", "Principal Program Manager", "program-management", 5,
  "Owns the company's most complex business programs end to end and shapes how programs are governed across the organisation.",
  ["Principal Programme Manager", "Staff Program Manager", "Program Lead"],
  "practitioner judgement: program-management profession",
  "stakeholder-engagement 5 1.0, communication 5 .9, influence-without-authority 5 .9, budgeting 4 .8, "
  "governance-compliance 5 .8, risk-management 5 .8, business-acumen 4 .8, planning-scheduling 4 .7, "
  "dependency-critical-path 4 .6, process-design 4 .7, prioritisation 4 .7, product-strategy 3 .4, mentoring 3 .5, "
  "metrics-analytics 3 .5, system-design 2 .3, conflict-resolution 4 .5", "11-9199.00")
R("director-of-programs", "Director of Program Management", "program-management", 6,
  "Leads the program and technical program management organisation: portfolio, operating cadence, hiring and growth of program managers.",
  ["Director of Programs", "Head of Program Management", "Director, TPM", "Head of Programmes"],
  "dropbox: ic6_principal_technical_program_manager (scope); practitioner judgement",
  "people-management 4 .9, hiring 4 .7, stakeholder-engagement 5 1.0, communication 5 .9, "
  "influence-without-authority 5 .9, budgeting 5 .9, governance-compliance 5 .8, business-acumen 5 .8, "
  "risk-management 5 .8, process-design 4 .6, prioritisation 4 .7, product-strategy 3 .5, mentoring 4 .6, "
  "conflict-resolution 4 .6, planning-scheduling 4 .5", "11-9199.00")

# ---------------------------------------------- technical program management
R("tpm-1", "Technical Program Manager I", "technical-program-management", 1,
  "Entry-level TPM who executes defined program tasks (tracking, release coordination, status) with increasing technical acumen.",
  ["Associate Technical Program Manager", "Associate TPM", "IC1 TPM", "Junior TPM"],
  "dropbox: ic1_technical_program_manager",
  "planning-scheduling 2 .9, dependency-critical-path 2 .7, risk-management 1 .5, communication 2 .8, "
  "stakeholder-engagement 2 .6, system-design 1 .5, coding 1 .3, agile-practices 2 .5, release-management 1 .4, "
  "cloud-infrastructure 1 .3, facilitation 1 .4, requirements-analysis 1 .4", "15-1299.09")
R("tpm-2", "Technical Program Manager II", "technical-program-management", 2,
  "Independently delivers well-specified technical projects to team-level goals and starts to design lightweight processes.",
  ["Technical Program Manager", "TPM", "TPM II", "IC2 TPM"],
  "dropbox: ic2_technical_program_manager",
  "planning-scheduling 3 .9, dependency-critical-path 3 .8, risk-management 2 .7, communication 3 .8, "
  "stakeholder-engagement 3 .7, system-design 2 .7, software-architecture 1 .4, coding 2 .3, cloud-infrastructure 2 .4, "
  "agile-practices 2 .5, release-management 2 .5, requirements-analysis 2 .5, facilitation 2 .4, process-design 2 .5, "
  "influence-without-authority 2 .5", "15-1299.09")
R("tpm-3", "Senior Technical Program Manager", "technical-program-management", 3,
  "Owns technical programs for quarterly cross-team goals, engages in design and critical-path trade-offs and earns engineers' respect on technical detail.",
  ["Senior TPM", "IC3 TPM", "Sr. Technical Program Manager", "TPM III"],
  "dropbox: ic3_technical_program_manager, tpm-_appendix (technical acumen); seeds thread",
  "planning-scheduling 4 .9, dependency-critical-path 4 .9, risk-management 3 .8, communication 4 .8, "
  "stakeholder-engagement 4 .8, influence-without-authority 3 .8, system-design 3 .8, software-architecture 2 .5, "
  "cloud-infrastructure 2 .5, release-management 3 .6, process-design 3 .6, agile-practices 3 .4, "
  "budgeting 2 .3, governance-compliance 2 .3, prioritisation 3 .5, cloud-migration 2 .3")
R("tpm-4", "Senior Technical Program Manager II", "technical-program-management", 4,
  "Independently drives complex multi-phase programs across teams with direct business impact; owns semi-annual and annual goals.",
  ["Lead TPM", "IC4 TPM", "Technical Program Manager 4", "Lead Technical Program Manager"],
  "dropbox: ic4_technical_program_manager; engineeringladders: TechnicalProgramManager.md TPM4",
  "planning-scheduling 4 .8, dependency-critical-path 5 .9, risk-management 4 .8, communication 4 .8, "
  "stakeholder-engagement 4 .8, influence-without-authority 4 .9, system-design 4 .9, software-architecture 3 .6, "
  "cloud-infrastructure 3 .5, release-management 3 .5, process-design 4 .7, prioritisation 4 .6, budgeting 2 .4, "
  "governance-compliance 3 .4, business-acumen 3 .5, cloud-migration 2 .3, ai-ml-programs 2 .3")
R("tpm-5", "Staff Technical Program Manager", "technical-program-management", 5,
  "Executes large programs with a multi-team technical strategy over multiple years, defining both the what and the how.",
  ["Staff TPM", "IC5 TPM", "Technical Program Manager 5"],
  "dropbox: ic5_staff_technical_program_manager; engineeringladders: TechnicalProgramManager.md TPM5",
  "dependency-critical-path 5 .9, risk-management 4 .8, planning-scheduling 4 .7, communication 5 .9, "
  "stakeholder-engagement 5 .9, influence-without-authority 5 1.0, system-design 4 .9, software-architecture 4 .7, "
  "process-design 4 .7, prioritisation 4 .7, business-acumen 4 .6, product-strategy 3 .5, "
  "mentoring 3 .5, budgeting 3 .4, governance-compliance 3 .4, cloud-migration 3 .3, ai-ml-programs 3 .3")
R("tpm-6", "Principal Technical Program Manager", "technical-program-management", 6,
  "Delivers against a strategic company-level objective, taking a multi-year industry-leading view of how programs and platforms must scale.",
  ["Principal TPM", "IC6 TPM", "Technical Program Manager 6"],
  "dropbox: ic6_principal_technical_program_manager; engineeringladders: TechnicalProgramManager.md TPM6-TPM7",
  "system-design 5 .9, software-architecture 4 .7, influence-without-authority 5 1.0, stakeholder-engagement 5 .9, "
  "communication 5 .9, dependency-critical-path 5 .8, risk-management 5 .8, business-acumen 5 .7, "
  "product-strategy 4 .6, process-design 5 .7, prioritisation 5 .7, mentoring 4 .6, budgeting 3 .5, "
  "governance-compliance 4 .5, planning-scheduling 4 .6, hiring 3 .4")

# --------------------------------------------------------- product management
R("associate-product-manager", "Associate Product Manager", "product-management", 2,
  "Early-career product manager who owns features within a product area under the guidance of a senior PM, often via an APM programme.",
  ["APM", "Junior Product Manager", "Product Manager I", "Associate PM"],
  "monzo: product framework level 1",
  "customer-discovery 2 .8, product-strategy 1 .5, prioritisation 2 .8, metrics-analytics 2 .7, data-analysis 2 .5, "
  "communication 3 .8, stakeholder-engagement 2 .6, requirements-analysis 2 .7, ux-design 1 .4, agile-practices 2 .5, "
  "go-to-market 1 .3, business-acumen 1 .4, system-design 1 .3", "11-2021.00")
R("product-manager", "Product Manager", "product-management", 3,
  "Owns a product area's outcomes: discovers customer problems, sets the roadmap, prioritises and works through engineering and design to ship.",
  ["Product Manager II", "Digital Product Manager", "Software Product Manager"],
  "monzo: product framework level 2",
  "customer-discovery 3 .9, product-strategy 3 .8, prioritisation 3 .9, metrics-analytics 3 .8, data-analysis 2 .5, "
  "communication 4 .8, stakeholder-engagement 3 .8, influence-without-authority 3 .7, requirements-analysis 3 .6, "
  "ux-design 2 .4, agile-practices 3 .4, go-to-market 2 .5, business-acumen 3 .6, system-design 2 .4, "
  "data-ml-literacy 1 .2, planning-scheduling 2 .4", "11-2021.00")
R("senior-product-manager", "Senior Product Manager", "product-management", 4,
  "Sets strategy for a significant product area or several teams, shapes company roadmaps and coaches other PMs.",
  ["Senior PM", "Sr. Product Manager", "Lead Product Manager", "Product Manager III"],
  "monzo: product framework level 3",
  "customer-discovery 4 .9, product-strategy 4 .9, prioritisation 4 .9, metrics-analytics 4 .8, data-analysis 3 .5, "
  "communication 4 .8, stakeholder-engagement 4 .8, influence-without-authority 4 .8, requirements-analysis 3 .5, "
  "ux-design 2 .4, go-to-market 3 .6, business-acumen 4 .7, system-design 2 .4, mentoring 2 .4, "
  "planning-scheduling 3 .4, data-ml-literacy 2 .3", "11-2021.00")
R("group-product-manager", "Group Product Manager", "product-management", 5,
  "Manages a group of product managers and owns the strategy and results of a product line.",
  ["GPM", "Product Lead", "Group PM", "Lead PM"],
  "monzo: product framework level 4",
  "product-strategy 5 1.0, customer-discovery 4 .8, prioritisation 4 .8, metrics-analytics 4 .8, communication 5 .8, "
  "stakeholder-engagement 4 .8, influence-without-authority 4 .8, people-management 4 .9, hiring 3 .7, mentoring 4 .7, "
  "go-to-market 4 .6, business-acumen 4 .8, system-design 2 .3, conflict-resolution 3 .5, budgeting 2 .4",
  "11-2021.00")
R("director-of-product", "Director of Product", "product-management", 6,
  "Leads product management for a major business area: portfolio strategy, product leadership team and business results.",
  ["Product Director", "Head of Product", "Director of Product Management"],
  "monzo: product framework level 4 (scope beyond); practitioner judgement",
  "product-strategy 5 1.0, business-acumen 5 .9, go-to-market 4 .7, metrics-analytics 4 .7, prioritisation 5 .8, "
  "people-management 4 .9, hiring 4 .8, mentoring 4 .7, communication 5 .9, stakeholder-engagement 5 .9, "
  "influence-without-authority 5 .8, customer-discovery 4 .6, budgeting 3 .5, conflict-resolution 4 .5",
  "11-2021.00")
R("vp-product", "VP of Product", "product-management", 7,
  "Owns company product strategy and the product organisation, accountable with engineering and go-to-market leaders for company outcomes.",
  ["VP Product", "Vice President of Product", "Chief Product Officer", "CPO"],
  "practitioner judgement: product leadership",
  "product-strategy 5 1.0, business-acumen 5 1.0, go-to-market 5 .8, metrics-analytics 5 .6, prioritisation 5 .8, "
  "people-management 5 .9, hiring 5 .8, communication 5 .9, stakeholder-engagement 5 .9, "
  "influence-without-authority 5 .9, budgeting 4 .6, mentoring 4 .6, governance-compliance 3 .3, "
  "customer-discovery 4 .5, conflict-resolution 4 .5", "11-2021.00")
R("product-owner", "Product Owner", "product-management", 3,
  "Scrum role that owns and orders a team's backlog, writes stories with acceptance criteria and accepts work on behalf of the business.",
  ["PO", "Scrum Product Owner", "Agile Product Owner", "Technical Product Owner"],
  "practitioner judgement: Scrum product owner role; monzo: product framework (execution topic)",
  "requirements-analysis 4 .9, prioritisation 3 .9, agile-practices 4 .8, customer-discovery 2 .6, product-strategy 2 .5, "
  "stakeholder-engagement 3 .8, communication 3 .8, metrics-analytics 2 .5, facilitation 3 .6, ux-design 2 .4, "
  "release-management 2 .5, business-acumen 3 .6, data-analysis 2 .4, planning-scheduling 2 .4")

# -------------------------------------------------------------- agile delivery
R("scrum-master", "Scrum Master", "agile-delivery", 2,
  "Servant leader for one or two scrum teams: runs ceremonies, removes impediments and coaches the team in agile practice.",
  ["Agile Team Facilitator", "Iteration Manager", "Team Coach", "Scrum Lead"],
  "practitioner judgement: Scrum guide roles",
  "agile-practices 3 1.0, facilitation 3 .9, communication 3 .8, conflict-resolution 2 .6, stakeholder-engagement 2 .5, "
  "planning-scheduling 2 .5, dependency-critical-path 2 .4, risk-management 1 .4, mentoring 2 .5, process-design 2 .5, "
  "metrics-analytics 1 .3, release-management 1 .3, influence-without-authority 2 .5", "15-1299.09")
R("delivery-manager", "Delivery Manager", "agile-delivery", 3,
  "Accountable for the delivery of one or more agile teams: flow, risks, dependencies, releases and reporting to stakeholders.",
  ["Agile Delivery Manager", "Engineering Delivery Manager", "Delivery Lead"],
  "practitioner judgement: agile delivery role (UK digital delivery manager)",
  "agile-practices 4 .8, planning-scheduling 3 .8, dependency-critical-path 3 .8, risk-management 3 .8, "
  "stakeholder-engagement 3 .8, communication 4 .8, facilitation 3 .6, conflict-resolution 3 .6, "
  "release-management 3 .6, budgeting 2 .4, governance-compliance 2 .5, process-design 3 .5, metrics-analytics 2 .4, "
  "influence-without-authority 3 .6, mentoring 2 .4")
R("agile-coach", "Agile Coach", "agile-delivery", 4,
  "Coaches teams and leaders across an organisation in agile ways of working, designing processes and growing scrum masters.",
  ["Enterprise Agile Coach", "Agile Transformation Coach", "Lean-Agile Coach"],
  "practitioner judgement: agile coaching role",
  "agile-practices 5 1.0, facilitation 4 .9, mentoring 4 .9, process-design 4 .8, influence-without-authority 4 .8, "
  "communication 4 .8, conflict-resolution 4 .7, stakeholder-engagement 3 .6, people-management 2 .3, "
  "metrics-analytics 3 .4, planning-scheduling 2 .3, dependency-critical-path 2 .3")
R("head-of-delivery", "Head of Delivery", "agile-delivery", 5,
  "Leads the delivery managers and scrum masters of a department and owns delivery governance, portfolio flow and ways of working.",
  ["Delivery Director", "Head of Agile Delivery", "Senior Delivery Manager"],
  "practitioner judgement: agile delivery leadership",
  "people-management 4 .9, hiring 3 .7, mentoring 4 .7, planning-scheduling 4 .7, risk-management 4 .8, budgeting 3 .6, "
  "governance-compliance 4 .7, stakeholder-engagement 5 .9, communication 5 .8, influence-without-authority 4 .8, "
  "agile-practices 4 .7, process-design 4 .6, dependency-critical-path 4 .6, release-management 3 .4, "
  "conflict-resolution 4 .6, business-acumen 3 .5")

# ---------------------------------------------------------- business analysis
R("business-analyst", "Business Analyst", "business-analysis", 2,
  "Elicits and documents requirements, models processes and data, and translates business needs into stories engineers can build.",
  ["BA", "IT Business Analyst", "Systems Analyst", "Requirements Analyst"],
  "practitioner judgement: business-analysis profession",
  "requirements-analysis 3 1.0, data-analysis 2 .6, stakeholder-engagement 3 .8, communication 3 .8, "
  "process-design 2 .7, facilitation 2 .6, business-acumen 2 .6, metrics-analytics 2 .4, agile-practices 2 .4, "
  "ux-design 1 .3, customer-discovery 1 .3, testing-quality 1 .3, governance-compliance 1 .3, prioritisation 2 .4",
  "13-1111.00")
R("senior-business-analyst", "Senior Business Analyst", "business-analysis", 3,
  "Leads analysis for complex, multi-team change, shapes solution options and business cases, and mentors analysts.",
  ["Senior BA", "Lead Business Analyst", "Principal Business Analyst"],
  "practitioner judgement: business-analysis profession",
  "requirements-analysis 4 1.0, data-analysis 3 .6, stakeholder-engagement 4 .8, communication 4 .8, "
  "process-design 3 .7, facilitation 3 .6, business-acumen 3 .7, metrics-analytics 2 .5, agile-practices 2 .4, "
  "prioritisation 3 .5, customer-discovery 2 .4, governance-compliance 2 .4, mentoring 2 .3, "
  "influence-without-authority 3 .5, product-strategy 1 .3", "13-1111.00")

# --------------------------------------------------------- enterprise systems
R("payroll-systems-analyst", "Payroll Systems Analyst", "enterprise-systems", 2,
  "Configures, tests and supports payroll and HR systems: pay rules, tax updates, integrations and year-end processing.",
  ["HRIS Analyst", "Payroll Analyst (Systems)", "HR Systems Analyst", "Workday Payroll Analyst"],
  "practitioner judgement: payroll/HRIS systems role; seeds thread ('a TPM for payroll')",
  "payroll-finance-systems 3 1.0, requirements-analysis 3 .8, data-analysis 3 .7, governance-compliance 3 .8, "
  "testing-quality 2 .5, process-design 2 .6, stakeholder-engagement 2 .6, communication 2 .6, "
  "release-management 2 .4, security-fundamentals 1 .3, coding 1 .3", "15-1211.00")
R("erp-consultant", "ERP / Payroll Systems Consultant", "enterprise-systems", 3,
  "Designs and implements ERP, finance and payroll solutions for clients or internal functions, leading configuration, data migration and cut-over workstreams.",
  ["ERP Consultant", "SAP Consultant", "Workday Consultant", "Oracle Financials Consultant", "Finance Systems Consultant"],
  "practitioner judgement: enterprise-systems implementation role",
  "payroll-finance-systems 4 1.0, requirements-analysis 4 .8, process-design 3 .8, stakeholder-engagement 3 .8, "
  "communication 3 .7, governance-compliance 3 .7, data-analysis 3 .6, planning-scheduling 2 .5, testing-quality 2 .4, "
  "cloud-migration 2 .4, software-architecture 2 .4, business-acumen 3 .6, release-management 2 .4, "
  "risk-management 2 .4", "15-1211.00")

# ------------------------------------------------------------------------ data
R("data-analyst", "Data Analyst", "data", 2,
  "Turns data into answers: queries, dashboards and analyses that help teams make decisions.",
  ["Business Intelligence Analyst", "BI Analyst", "Reporting Analyst", "Analytics Analyst"],
  "monzo: engineering/data.md (analytics); practitioner judgement",
  "data-analysis 3 1.0, metrics-analytics 3 .8, communication 3 .7, stakeholder-engagement 2 .5, business-acumen 2 .5, "
  "data-ml-literacy 2 .5, coding 1 .4, requirements-analysis 2 .4, machine-learning 1 .2, data-engineering 1 .3, "
  "customer-discovery 1 .2", "15-2051.01")
R("senior-data-analyst", "Senior Data Analyst", "data", 3,
  "Leads analytics for a business area, sets metric definitions and mentors analysts.",
  ["Senior BI Analyst", "Lead Data Analyst", "Senior Analytics Analyst"],
  "monzo: engineering/data.md; practitioner judgement",
  "data-analysis 4 1.0, metrics-analytics 4 .9, communication 3 .8, stakeholder-engagement 3 .6, business-acumen 3 .6, "
  "data-ml-literacy 2 .5, coding 2 .4, requirements-analysis 2 .4, machine-learning 1 .3, data-engineering 2 .4, "
  "mentoring 2 .4, influence-without-authority 2 .4, product-strategy 1 .3", "15-2051.01")
R("product-analyst", "Product Analyst", "data", 3,
  "Embedded with product teams: defines product metrics, runs experiments and funnel analyses and shapes product decisions with data.",
  ["Product Data Analyst", "Growth Analyst", "Product Insights Analyst"],
  "monzo: product framework (data skills topic); practitioner judgement",
  "data-analysis 4 .9, metrics-analytics 4 1.0, customer-discovery 2 .6, product-strategy 2 .5, prioritisation 2 .4, "
  "communication 3 .8, stakeholder-engagement 3 .6, business-acumen 3 .6, data-ml-literacy 2 .4, coding 2 .3, "
  "ux-design 1 .3, influence-without-authority 2 .4", "15-2051.01")
R("data-scientist", "Data Scientist", "data", 3,
  "Builds statistical and machine-learning models and experiments that answer business questions and power product features.",
  ["Applied Scientist", "Decision Scientist", "Data Scientist II"],
  "dropbox: mle-_appendix (modelling craft); monzo: engineering/data.md",
  "machine-learning 3 1.0, data-analysis 4 .9, coding 3 .8, data-ml-literacy 4 .6, metrics-analytics 3 .7, "
  "communication 3 .7, stakeholder-engagement 2 .5, business-acumen 2 .5, data-engineering 2 .5, system-design 1 .3, "
  "testing-quality 1 .2, cloud-infrastructure 1 .3", "15-2051.00")
R("senior-data-scientist", "Senior Data Scientist", "data", 4,
  "Leads modelling and experimentation for a product area, chooses methods, and influences product and engineering direction.",
  ["Senior Applied Scientist", "Lead Data Scientist", "Data Scientist III"],
  "monzo: engineering/data.md; practitioner judgement",
  "machine-learning 4 1.0, data-analysis 4 .8, coding 3 .7, data-ml-literacy 5 .6, metrics-analytics 4 .7, "
  "communication 4 .8, stakeholder-engagement 3 .6, business-acumen 3 .6, data-engineering 3 .5, system-design 2 .4, "
  "mentoring 3 .5, influence-without-authority 3 .6, product-strategy 2 .4, cloud-infrastructure 2 .3", "15-2051.00")
R("analytics-manager", "Analytics Manager", "data", 4,
  "Manages a team of analysts and data scientists, sets the analytics roadmap and partners with product and business leaders.",
  ["Data Analytics Manager", "Head of Analytics", "Insights Manager", "BI Manager"],
  "practitioner judgement: analytics leadership",
  "data-analysis 4 .7, metrics-analytics 4 .9, people-management 3 .9, hiring 3 .7, mentoring 3 .7, "
  "communication 4 .8, stakeholder-engagement 4 .8, business-acumen 4 .7, prioritisation 3 .6, "
  "data-ml-literacy 3 .5, product-strategy 2 .4, influence-without-authority 3 .6, machine-learning 2 .3")
R("data-engineer", "Data Engineer", "data", 2,
  "Builds and operates data pipelines, models and warehouses that analysts, data scientists and products depend on.",
  ["Analytics Engineer", "ETL Developer", "Data Platform Engineer", "IC2 Data Engineer"],
  "dropbox: ic2_data_engineer, de-_appendix; monzo: engineering/data.md",
  "data-engineering 3 1.0, coding 3 .9, data-analysis 3 .7, cloud-infrastructure 2 .6, system-design 2 .5, "
  "testing-quality 2 .5, reliability-operations 2 .4, security-fundamentals 1 .3, software-architecture 1 .3, "
  "communication 2 .5, data-ml-literacy 2 .4, governance-compliance 1 .3", "15-1243.00")
R("senior-data-engineer", "Senior Data Engineer", "data", 3,
  "Designs data platforms and models across a domain, owns data quality and reliability and mentors data engineers.",
  ["Senior Analytics Engineer", "Lead Data Engineer", "IC3 Data Engineer"],
  "dropbox: ic3_data_engineer",
  "data-engineering 4 1.0, coding 4 .9, data-analysis 3 .6, cloud-infrastructure 3 .7, system-design 3 .8, "
  "software-architecture 2 .5, testing-quality 3 .5, reliability-operations 3 .5, security-fundamentals 2 .4, "
  "communication 3 .6, mentoring 2 .4, data-ml-literacy 2 .4, governance-compliance 2 .4", "15-1243.00")
R("ml-engineer", "Machine Learning Engineer", "data", 3,
  "Builds and runs production ML systems: feature pipelines, training, serving, evaluation and monitoring.",
  ["ML Engineer", "MLE", "AI Engineer", "IC3 Machine Learning Engineer"],
  "dropbox: ic3_machine_learning_engineer, mle-_appendix",
  "machine-learning 4 1.0, coding 4 .9, system-design 3 .7, data-engineering 3 .7, cloud-infrastructure 3 .6, "
  "data-ml-literacy 4 .6, data-analysis 3 .5, testing-quality 2 .5, reliability-operations 2 .4, "
  "software-architecture 2 .4, communication 3 .5, ai-ml-programs 2 .3", "15-2051.00")
R("senior-ml-engineer", "Senior Machine Learning Engineer", "data", 4,
  "Leads the design of ML systems for a product area across teams and sets ML engineering practice.",
  ["Senior ML Engineer", "Senior AI Engineer", "IC4 Machine Learning Engineer", "Lead ML Engineer"],
  "dropbox: ic4_machine_learning_engineer",
  "machine-learning 5 1.0, coding 4 .8, system-design 4 .8, data-engineering 3 .6, cloud-infrastructure 3 .6, "
  "data-ml-literacy 5 .6, software-architecture 3 .5, reliability-operations 3 .4, communication 3 .6, mentoring 3 .5, "
  "influence-without-authority 3 .5, ai-ml-programs 3 .4, testing-quality 2 .4, data-analysis 3 .4", "15-2051.00")

# ----------------------------------------------------------------- reliability
R("sre", "Site Reliability Engineer", "reliability", 2,
  "Keeps production systems reliable: automation, monitoring, on-call, incident response and capacity.",
  ["SRE", "Reliability Engineer", "DevOps Engineer", "Production Engineer"],
  "dropbox: ic2_reliability_engineer, sre-_appendix",
  "reliability-operations 3 1.0, cloud-infrastructure 3 .9, coding 3 .8, system-design 2 .6, security-fundamentals 2 .5, "
  "testing-quality 2 .4, release-management 2 .6, communication 2 .5, software-architecture 1 .3, data-analysis 1 .3, "
  "risk-management 2 .4", "15-1252.00")
R("senior-sre", "Senior Site Reliability Engineer", "reliability", 3,
  "Owns the reliability of a broad product capability or system, leads incident reviews and designs for resilience.",
  ["Senior SRE", "Senior Reliability Engineer", "Senior DevOps Engineer", "Senior Production Engineer"],
  "dropbox: ic3_reliability_engineer, ic4_reliability_engineer",
  "reliability-operations 4 1.0, cloud-infrastructure 4 .9, coding 3 .7, system-design 3 .8, software-architecture 2 .5, "
  "security-fundamentals 3 .5, release-management 3 .6, testing-quality 2 .4, risk-management 3 .5, communication 3 .6, "
  "mentoring 2 .4, dependency-critical-path 2 .3, cloud-migration 2 .3", "15-1252.00")
R("staff-sre", "Staff Site Reliability Engineer", "reliability", 5,
  "Sets multi-year reliability strategy across many teams and platforms and leads the hardest resilience work.",
  ["Staff SRE", "Staff Reliability Engineer", "IC5 Reliability Engineer"],
  "dropbox: ic5_staff_reliability_engineer, ic6_principal_reliability_engineer",
  "reliability-operations 5 1.0, cloud-infrastructure 5 .9, system-design 5 .9, software-architecture 4 .7, coding 4 .5, "
  "security-fundamentals 3 .5, risk-management 4 .6, communication 4 .7, influence-without-authority 4 .8, "
  "mentoring 4 .6, stakeholder-engagement 3 .5, cloud-migration 3 .4, business-acumen 3 .4, release-management 3 .4",
  "15-1252.00")

# --------------------------------------------------------------------- quality
R("qa-analyst", "QA Analyst", "quality", 1,
  "Tests software manually and with simple automation, writes test cases from requirements and reports defects.",
  ["QA Tester", "Software Tester", "Test Analyst", "Quality Analyst"],
  "monzo: engineering/qualityanalyst.md level 1",
  "testing-quality 2 1.0, requirements-analysis 2 .6, communication 2 .6, coding 1 .4, agile-practices 1 .4, "
  "release-management 1 .4, data-analysis 1 .3, ux-design 1 .2, stakeholder-engagement 1 .3", "15-1253.00")
R("quality-engineer", "Quality Engineer", "quality", 2,
  "Builds test automation and quality processes for a team and owns release quality for its features.",
  ["QA Engineer", "Test Automation Engineer", "SDET", "Software Development Engineer in Test"],
  "dropbox: ic2_quality_engineer, ic2_sdet, qe-_appendix",
  "testing-quality 3 1.0, coding 2 .8, release-management 2 .6, requirements-analysis 2 .5, system-design 1 .4, "
  "cloud-infrastructure 1 .3, reliability-operations 1 .3, agile-practices 2 .4, communication 2 .5, "
  "security-fundamentals 1 .3, process-design 1 .3, data-analysis 1 .3", "15-1253.00")
R("senior-quality-engineer", "Senior Quality Engineer", "quality", 3,
  "Designs test strategy and infrastructure across a product area and improves the quality process of a group.",
  ["Senior QA Engineer", "Senior SDET", "QA Lead", "Test Lead"],
  "dropbox: ic3_quality_engineer, ic3_sdet",
  "testing-quality 4 1.0, coding 3 .8, release-management 3 .6, system-design 2 .6, software-architecture 2 .4, "
  "cloud-infrastructure 2 .4, reliability-operations 2 .4, process-design 3 .6, agile-practices 2 .4, "
  "communication 3 .6, mentoring 2 .4, influence-without-authority 2 .4, security-fundamentals 2 .3, "
  "risk-management 2 .4, requirements-analysis 2 .4", "15-1253.00")

# -------------------------------------------------------------------- security
R("security-engineer", "Security Engineer", "security", 2,
  "Identifies, tests, mitigates and responds to security issues for a team's systems and takes part in incident response.",
  ["Application Security Engineer", "AppSec Engineer", "Information Security Engineer", "IC2 Security Engineer"],
  "dropbox: ic2_security_engineer, se-_appendix",
  "security-fundamentals 3 1.0, coding 3 .7, cloud-infrastructure 2 .6, system-design 2 .5, reliability-operations 2 .4, "
  "risk-management 2 .6, governance-compliance 2 .5, testing-quality 2 .4, communication 2 .5, "
  "security-programs 1 .4, stakeholder-engagement 2 .4", "15-1299.05")
R("senior-security-engineer", "Senior Security Engineer", "security", 3,
  "Defines security solutions for large components or services, drives teams to meet security goals and leads security programs.",
  ["Senior AppSec Engineer", "Senior Information Security Engineer", "IC3 Security Engineer", "Security Lead"],
  "dropbox: ic3_security_engineer, ic4_security_engineer",
  "security-fundamentals 4 1.0, coding 3 .6, cloud-infrastructure 3 .7, system-design 3 .7, software-architecture 2 .5, "
  "risk-management 3 .8, governance-compliance 3 .6, reliability-operations 2 .4, communication 3 .6, "
  "stakeholder-engagement 3 .5, security-programs 2 .5, mentoring 2 .4, influence-without-authority 2 .4, "
  "testing-quality 2 .3", "15-1299.05")

# ---------------------------------------------------------------------- design
R("ux-designer", "UX Designer", "design", 2,
  "Researches users and designs flows, interactions and interfaces, testing prototypes with real people.",
  ["Product Designer", "User Experience Designer", "Interaction Designer", "UI/UX Designer"],
  "monzo: design/product-design.md",
  "ux-design 3 1.0, customer-discovery 3 .8, communication 3 .7, stakeholder-engagement 2 .5, prioritisation 1 .3, "
  "metrics-analytics 1 .3, requirements-analysis 2 .5, facilitation 2 .4, agile-practices 1 .3, product-strategy 1 .3, "
  "business-acumen 1 .3", "15-1255.00")
R("senior-ux-designer", "Senior UX Designer", "design", 3,
  "Leads design for a product area end to end, shapes product direction with research and mentors designers.",
  ["Senior Product Designer", "Lead UX Designer", "Senior Interaction Designer"],
  "monzo: design/product-design.md, design/user-research.md",
  "ux-design 4 1.0, customer-discovery 4 .9, communication 4 .8, stakeholder-engagement 3 .6, "
  "influence-without-authority 3 .6, product-strategy 2 .5, metrics-analytics 2 .4, requirements-analysis 2 .4, "
  "facilitation 3 .5, mentoring 2 .4, prioritisation 2 .4, business-acumen 2 .4", "15-1255.00")

# ---------------------------------------------------------------- architecture
R("solutions-architect", "Solutions Architect", "architecture", 4,
  "Designs end-to-end solutions across systems, cloud services and vendors for customers or internal programs, and guides teams through delivery.",
  ["Cloud Solutions Architect", "Technical Architect", "Solution Architect", "Pre-sales Architect"],
  "practitioner judgement: architecture role (engineeringladders System axis 'Evolves')",
  "software-architecture 4 1.0, system-design 4 .9, cloud-infrastructure 4 .9, security-fundamentals 3 .6, "
  "communication 4 .8, stakeholder-engagement 4 .8, requirements-analysis 3 .7, business-acumen 3 .6, coding 2 .3, "
  "reliability-operations 3 .5, cloud-migration 3 .6, data-engineering 2 .3, influence-without-authority 3 .6, "
  "go-to-market 2 .3, risk-management 2 .4", "15-1299.08")
R("enterprise-architect", "Enterprise Architect", "architecture", 5,
  "Shapes the organisation's technology landscape and standards, aligning platforms, data and vendors with business strategy.",
  ["Chief Architect", "Principal Architect", "Enterprise Solutions Architect"],
  "practitioner judgement: architecture role",
  "software-architecture 5 1.0, system-design 5 .9, cloud-infrastructure 4 .7, security-fundamentals 4 .6, "
  "governance-compliance 4 .7, business-acumen 4 .8, stakeholder-engagement 5 .9, communication 5 .8, "
  "influence-without-authority 4 .8, risk-management 3 .6, cloud-migration 3 .5, product-strategy 3 .4, budgeting 2 .4",
  "15-1299.08")

# ---------------------------------------------------------------------------
# Transitions: (from, to, kind, rate, min_years, source, rationale)
# ---------------------------------------------------------------------------
T = [
    # --- software engineering ladder
    ("swe-1", "swe-2", "promotion", 0.40, 1.5, DBX_PROMO, "Standard IC1 to IC2 promotion once the engineer delivers well-specified projects independently."),
    ("swe-1", "data-engineer", "switch", 0.03, 1.0, PJ, "Junior engineers drawn to data move to data engineering, usually with a level of credit for coding."),
    ("swe-2", "swe-3", "promotion", 0.33, 2.0, DBX_PROMO, "IC2 to IC3 when the engineer owns multi-milestone projects and handles ambiguity."),
    ("swe-2", "sre", "lateral", 0.06, 1.5, DBX_LEVELS, "Engineers who like production systems move to SRE at the same level; the skills overlap heavily."),
    ("swe-2", "data-engineer", "lateral", 0.04, 1.5, DBX_LEVELS, "Same-level move into data engineering; coding carries over."),
    ("swe-2", "security-engineer", "lateral", 0.03, 2.0, DBX_LEVELS, "Engineers with an interest in security move into application or product security."),
    ("swe-2", "tpm-2", "lateral", 0.03, 2.0, PJ, "Engineers who gravitate to planning and coordination move to TPM at the same level."),
    ("swe-2", "ml-engineer", "switch", 0.03, 2.0, PJ, "Engineers who build ML skills move into ML engineering, typically at a senior-equivalent level."),
    ("swe-3", "swe-4", "promotion", 0.25, 2.5, DBX_PROMO, "IC3 to IC4 once the engineer delivers semi-annual goals across a team or system."),
    ("swe-3", "tech-lead", "promotion", 0.12, 2.5, "engineeringladders: TechLead.md TL4 (senior developer becomes tech lead)", "A senior engineer takes ownership of a team's system and technical plan."),
    ("swe-3", "engineering-manager", "switch", 0.07, 3.0, "dropbox: promotion_guidelines (ICs transferring to management); ft: senior-2-pm", "The classic move from senior engineer into people management."),
    ("swe-3", "tpm-3", "lateral", 0.05, 2.0, SEEDS, "Senior engineers who enjoy cross-team coordination become TPMs; their technical depth is what TPMs are hired for."),
    ("swe-3", "senior-sre", "lateral", 0.04, 2.0, DBX_LEVELS, "Senior engineers move to SRE at the same level."),
    ("swe-3", "ml-engineer", "lateral", 0.03, 2.0, DBX_LEVELS, "Senior engineers retrain into ML engineering."),
    ("swe-3", "product-manager", "lateral", 0.03, 3.0, PJ, "Engineers with product sense move into product management."),
    ("swe-3", "solutions-architect", "switch", 0.03, 3.0, PJ, "Senior engineers with customer-facing strengths become solutions architects."),
    ("swe-4", "swe-5", "promotion", 0.18, 3.0, DBX_PROMO + "; dropbox: archetypes_behaviors", "IC4 is a career level; promotion to staff requires multi-team technical strategy."),
    ("swe-4", "engineering-manager", "lateral", 0.08, 2.0, FT_SPLIT, "At senior-2 the FT ladder splits into IC and people manager; many engineers take the manager branch."),
    ("swe-4", "tech-lead", "lateral", 0.08, 1.5, EL_TL_EM, "Experienced engineers take on the tech lead role for a team."),
    ("swe-4", "tpm-4", "lateral", 0.04, 2.0, SEEDS, "Experienced engineers move to TPM to work across teams."),
    ("swe-4", "solutions-architect", "lateral", 0.04, 2.0, PJ, "Experienced engineers move into solution architecture."),
    ("swe-5", "swe-6", "promotion", 0.15, 3.5, DBX_PROMO + "; dropbox: ic6_principal_software_engineer", "Staff to principal once impact is company-level."),
    ("swe-5", "senior-engineering-manager", "lateral", 0.04, 2.0, FT_SPLIT, "Staff engineers sometimes take on a manager-of-managers role."),
    ("swe-5", "enterprise-architect", "lateral", 0.03, 3.0, PJ, "Staff engineers in enterprise settings become enterprise architects."),
    ("swe-5", "swe-4", "step-back", 0.02, 1.0, PJ_BACK, "Staff engineers joining a larger company are often levelled one step down."),
    ("swe-6", "swe-7", "promotion", 0.10, 4.0, "dropbox: ic7_senior_principal_software_engineer", "Very few principals reach distinguished; long tenure and portfolio impact are needed."),
    ("swe-6", "director-of-engineering", "lateral", 0.04, 2.0, FT_SPLIT, "Principal engineers take on engineering director roles."),
    ("swe-6", "swe-5", "step-back", 0.02, 1.0, PJ_BACK, "Principals moving to a larger company are often levelled at staff."),
    ("swe-7", "vp-engineering", "lateral", 0.04, 3.0, PJ, "Distinguished engineers take executive engineering roles, often as CTO or VP."),
    ("swe-7", "swe-6", "step-back", 0.01, 2.0, PJ_BACK, "Rare: joining a larger company at principal level."),
    ("tech-lead", "swe-5", "promotion", 0.15, 3.0, "engineeringladders: TechLead.md TL5; dropbox: ic5_staff_software_engineer", "Tech leads whose scope grows to multiple teams are promoted to staff."),
    ("tech-lead", "engineering-manager", "lateral", 0.15, 1.5, EL_TL_EM, "The most common route into engineering management; the tech lead already coordinates the team."),
    ("tech-lead", "swe-4", "lateral", 0.06, 1.0, EL_TL_EM, "Tech leads hand over the lead role and return to pure IC work."),
    ("tech-lead", "tpm-4", "lateral", 0.04, 2.0, SEEDS, "Tech leads who enjoy planning and cross-team work become TPMs."),
    ("tech-lead", "swe-3", "step-back", 0.02, 1.0, PJ_BACK, "Tech leads changing company often rejoin as senior engineers."),
    # --- engineering management
    ("engineering-manager", "senior-engineering-manager", "promotion", 0.22, 3.0, "dropbox: m5_senior_engineering_manager; engineeringladders: Managing-Managers.md", "EM to senior EM once the manager leads several teams or managers."),
    ("engineering-manager", "swe-3", "step-back", 0.04, 2.0, "engineeringladders: TechLead-EngineeringManager.md; practitioner judgement (manager-IC pendulum)", "Managers who miss hands-on work return to senior IC roles, often in a new company."),
    ("engineering-manager", "swe-4", "lateral", 0.05, 2.0, FT_SPLIT, "The manager-IC pendulum: back to the IC branch at the same level."),
    ("engineering-manager", "tech-lead", "lateral", 0.05, 2.0, EL_TL_EM, "Managers return to technical leadership without reports."),
    ("engineering-manager", "tpm-4", "lateral", 0.03, 2.0, PJ, "Managers who prefer delivery over people management move to TPM."),
    ("senior-engineering-manager", "director-of-engineering", "promotion", 0.15, 3.0, "dropbox: m6_engineering_director", "Senior EM to director when accountable for a strategic objective."),
    ("senior-engineering-manager", "swe-5", "lateral", 0.04, 2.0, FT_SPLIT, "Senior managers return to the IC ladder at staff level."),
    ("senior-engineering-manager", "engineering-manager", "step-back", 0.03, 1.0, PJ_BACK, "Senior managers joining a larger company often manage one team again."),
    ("director-of-engineering", "vp-engineering", "promotion", 0.12, 4.0, "dropbox: m7_senior_engineering_director", "Director to VP or senior director; few openings."),
    ("director-of-engineering", "senior-engineering-manager", "step-back", 0.03, 1.5, PJ_BACK, "Directors joining larger companies are often levelled as senior managers."),
    ("director-of-engineering", "swe-6", "lateral", 0.02, 2.0, FT_SPLIT, "Directors return to the IC ladder as principal engineers."),
    ("vp-engineering", "director-of-engineering", "step-back", 0.04, 2.0, PJ_BACK, "VPs of small companies join larger ones as directors."),
    # --- project management
    ("project-coordinator", "project-manager", "promotion", 0.35, 1.5, PJ, "Coordinators take on their own projects after a year or two."),
    ("project-coordinator", "scrum-master", "switch", 0.06, 1.0, PJ, "Coordinators in agile teams move into scrum master roles."),
    ("project-coordinator", "business-analyst", "switch", 0.05, 1.0, PJ, "Coordinators who enjoy requirements work become business analysts."),
    ("project-coordinator", "tpm-1", "lateral", 0.04, 1.0, PJ, "Coordinators in engineering organisations join as associate TPMs."),
    ("project-manager", "senior-project-manager", "promotion", 0.28, 2.0, PJ, "Project managers take on larger, riskier projects."),
    ("project-manager", "program-manager", "switch", 0.10, 3.0, SEEDS, "Project managers move up to programs spanning several projects."),
    ("project-manager", "scrum-master", "lateral", 0.04, 1.5, PJ, "Project managers in agile organisations become scrum masters."),
    ("project-manager", "tpm-2", "lateral", 0.04, 2.0, SEEDS, "Project managers on technical projects move into TPM, usually needing more technical depth."),
    ("project-manager", "delivery-manager", "switch", 0.05, 2.0, PJ, "Project managers in agile organisations become delivery managers."),
    ("project-manager", "product-owner", "switch", 0.03, 2.0, PJ, "Project managers close to the business take a product owner role."),
    ("project-manager", "erp-consultant", "switch", 0.03, 2.0, PJ, "Project managers of ERP or payroll implementations join consultancies as functional consultants."),
    ("senior-project-manager", "pmo-lead", "promotion", 0.15, 3.0, PJ, "Senior project managers lead the PMO."),
    ("senior-project-manager", "program-manager", "lateral", 0.15, 2.0, SEEDS, "The most common route into program management."),
    ("senior-project-manager", "delivery-manager", "lateral", 0.06, 2.0, PJ, "Senior project managers move into agile delivery management."),
    ("senior-project-manager", "tpm-3", "lateral", 0.04, 2.0, SEEDS, "Senior project managers on technical or finance-systems projects (payroll, ERP, cloud) move into TPM."),
    ("senior-project-manager", "erp-consultant", "lateral", 0.03, 2.0, PJ, "Senior project managers with ERP or payroll experience become consultants."),
    ("senior-project-manager", "project-manager", "step-back", 0.02, 1.0, PJ_BACK, "Senior project managers changing industry often restart as project managers."),
    ("pmo-lead", "senior-program-manager", "lateral", 0.10, 2.0, PJ, "PMO leads move into running programs."),
    ("pmo-lead", "head-of-delivery", "switch", 0.05, 3.0, PJ, "PMO leads take over a delivery organisation."),
    ("pmo-lead", "principal-program-manager", "switch", 0.04, 3.0, PJ, "PMO leads move up to the company's biggest programs."),
    ("pmo-lead", "senior-project-manager", "step-back", 0.03, 1.0, PJ_BACK, "PMO leads return to hands-on project management."),
    # --- program management
    ("program-manager", "senior-program-manager", "promotion", 0.25, 2.5, PJ, "Program managers take on larger, executive-sponsored programs."),
    ("program-manager", "tpm-3", "lateral", 0.08, 2.0, SEEDS, "Program managers on technical programs move into TPM once they can engage in the technical detail (system design is the usual gap)."),
    ("program-manager", "product-manager", "lateral", 0.06, 2.0, SEEDS, "Program managers shift into product management (the 'former TPM and PM' in the seeds thread)."),
    ("program-manager", "delivery-manager", "lateral", 0.03, 2.0, PJ, "Program managers move into agile delivery management."),
    ("program-manager", "tpm-2", "step-back", 0.03, 1.5, SEEDS, "Program managers without a technical background sometimes enter TPM one level down to build technical depth."),
    ("program-manager", "associate-product-manager", "step-back", 0.02, 1.5, PJ, "Some program managers enter product through an associate role."),
    ("senior-program-manager", "principal-program-manager", "promotion", 0.18, 3.0, PJ, "Senior program managers with company-level programs are promoted to principal."),
    ("senior-program-manager", "tpm-4", "lateral", 0.06, 2.0, SEEDS, "Senior program managers on technical programs move into TPM."),
    ("senior-program-manager", "senior-product-manager", "lateral", 0.04, 2.0, SEEDS, "Senior program managers move into product management."),
    ("senior-program-manager", "pmo-lead", "lateral", 0.04, 2.0, PJ, "Senior program managers lead the PMO."),
    ("senior-program-manager", "head-of-delivery", "switch", 0.03, 3.0, PJ, "Senior program managers take over a delivery organisation."),
    ("senior-program-manager", "program-manager", "step-back", 0.02, 1.0, PJ_BACK, "Senior program managers changing company are sometimes levelled down."),
    ("principal-program-manager", "director-of-programs", "promotion", 0.15, 3.0, PJ, "Principal program managers lead the program management organisation."),
    ("principal-program-manager", "tpm-5", "lateral", 0.04, 2.0, SEEDS, "Principal program managers on technical programs move into staff TPM."),
    ("principal-program-manager", "head-of-delivery", "lateral", 0.03, 2.0, PJ, "Principal program managers lead delivery organisations."),
    ("principal-program-manager", "senior-program-manager", "step-back", 0.02, 1.0, PJ_BACK, "Principal program managers changing company are sometimes levelled down."),
    ("director-of-programs", "tpm-6", "lateral", 0.02, 2.0, PJ, "Program directors return to an IC role as principal TPM."),
    ("director-of-programs", "principal-program-manager", "step-back", 0.02, 1.5, PJ_BACK, "Directors joining a larger company run a single large program."),
    # --- technical program management
    ("tpm-1", "tpm-2", "promotion", 0.38, 1.5, DBX_PROMO + "; dropbox: ic2_technical_program_manager", "IC1 to IC2 TPM once the TPM delivers well-specified projects independently."),
    ("tpm-1", "project-manager", "switch", 0.04, 1.0, PJ, "Associate TPMs move into project management."),
    ("tpm-2", "tpm-3", "promotion", 0.30, 2.0, DBX_PROMO + "; dropbox: ic3_technical_program_manager", "IC2 to IC3 TPM once the TPM owns cross-team technical programs."),
    ("tpm-2", "program-manager", "switch", 0.05, 2.0, SEEDS, "TPMs who prefer the business side of programs move to program management."),
    ("tpm-2", "product-manager", "switch", 0.04, 2.0, SEEDS, "TPMs move into product management, where their delivery record helps."),
    ("tpm-2", "delivery-manager", "switch", 0.03, 2.0, PJ, "TPMs move into agile delivery management."),
    ("tpm-3", "tpm-4", "promotion", 0.25, 2.5, DBX_PROMO + "; dropbox: ic4_technical_program_manager", "IC3 to IC4 TPM once the TPM independently drives complex multi-phase programs."),
    ("tpm-3", "product-manager", "lateral", 0.06, 2.0, SEEDS, "TPMs shift to product management (the 'former TPM and PM' in the seeds thread); discovery and strategy are the gaps."),
    ("tpm-3", "program-manager", "lateral", 0.04, 2.0, SEEDS, "TPMs move to business-led programs."),
    ("tpm-3", "engineering-manager", "switch", 0.03, 3.0, PJ, "TPMs with engineering backgrounds become engineering managers."),
    ("tpm-3", "delivery-manager", "lateral", 0.03, 2.0, PJ, "TPMs move into agile delivery management."),
    ("tpm-3", "senior-program-manager", "switch", 0.04, 3.0, SEEDS, "Senior TPMs move up into senior program manager roles outside tech."),
    ("tpm-4", "tpm-5", "promotion", 0.20, 3.0, DBX_PROMO + "; dropbox: ic5_staff_technical_program_manager", "IC4 is a career level; promotion to staff needs multi-year, multi-team technical strategy."),
    ("tpm-4", "senior-product-manager", "lateral", 0.05, 2.0, SEEDS, "Experienced TPMs move into product management."),
    ("tpm-4", "senior-program-manager", "lateral", 0.05, 2.0, SEEDS, "Experienced TPMs move into business-led programs."),
    ("tpm-4", "engineering-manager", "lateral", 0.04, 2.0, PJ, "Experienced TPMs with engineering backgrounds become engineering managers."),
    ("tpm-4", "tpm-3", "step-back", 0.02, 1.0, PJ_BACK, "TPMs joining a larger company are often levelled one step down."),
    ("tpm-5", "tpm-6", "promotion", 0.15, 3.5, "dropbox: ic6_principal_technical_program_manager", "Staff to principal TPM once impact is company-level."),
    ("tpm-5", "director-of-programs", "switch", 0.05, 3.0, PJ, "Staff TPMs move into management of the program organisation."),
    ("tpm-5", "principal-program-manager", "lateral", 0.04, 2.0, PJ, "Staff TPMs move to business-led programs at the same level."),
    ("tpm-5", "tpm-4", "step-back", 0.02, 1.0, PJ_BACK, "Staff TPMs joining a larger company are often levelled one step down."),
    ("tpm-6", "director-of-programs", "lateral", 0.05, 2.0, PJ, "Principal TPMs take over the program management organisation."),
    ("tpm-6", "tpm-5", "step-back", 0.02, 1.0, PJ_BACK, "Principal TPMs joining a larger company are often levelled at staff."),
    # --- product management
    ("associate-product-manager", "product-manager", "promotion", 0.38, 1.5, MONZO + " level 1 to 2", "APMs graduate to product manager after about two years."),
    ("associate-product-manager", "product-owner", "promotion", 0.10, 1.5, PJ, "APMs in agile organisations take a product owner role."),
    ("associate-product-manager", "product-analyst", "switch", 0.03, 1.5, PJ, "Data-minded APMs move into product analytics."),
    ("product-manager", "senior-product-manager", "promotion", 0.28, 2.5, MONZO + " level 2 to 3", "PM to senior PM once the PM sets strategy for a significant area."),
    ("product-manager", "product-owner", "lateral", 0.03, 2.0, PJ, "Product managers in scrum organisations take product owner roles."),
    ("product-manager", "tpm-3", "lateral", 0.04, 2.0, SEEDS, "Technical product managers move into TPM."),
    ("senior-product-manager", "group-product-manager", "promotion", 0.18, 3.0, MONZO + " level 3 to 4", "Senior PMs who lead PMs become group PMs."),
    ("senior-product-manager", "product-manager", "step-back", 0.04, 1.5, PJ_BACK, "Senior PMs moving to another company (often bigger) are frequently hired as PM."),
    ("senior-product-manager", "tpm-4", "lateral", 0.03, 2.0, SEEDS, "Technical senior PMs move into TPM."),
    ("group-product-manager", "director-of-product", "promotion", 0.18, 3.0, PJ, "Group PMs are promoted to director of product."),
    ("group-product-manager", "senior-product-manager", "step-back", 0.03, 1.5, PJ_BACK, "Group PMs return to an IC product role."),
    ("director-of-product", "vp-product", "promotion", 0.12, 3.5, PJ, "Directors of product become VP product or CPO."),
    ("director-of-product", "group-product-manager", "step-back", 0.03, 1.5, PJ_BACK, "Directors joining a larger company lead a product group."),
    ("vp-product", "director-of-product", "step-back", 0.04, 2.0, PJ_BACK, "VPs of small companies join larger ones as directors."),
    ("product-owner", "product-manager", "lateral", 0.15, 2.0, PJ, "The BA to product owner to product manager route; product owners broaden into discovery and strategy."),
    ("product-owner", "senior-product-manager", "promotion", 0.06, 3.0, PJ, "Experienced product owners move straight into senior PM roles."),
    ("product-owner", "senior-business-analyst", "lateral", 0.03, 2.0, PJ, "Product owners return to analysis."),
    ("product-owner", "delivery-manager", "lateral", 0.04, 2.0, PJ, "Product owners move into delivery management."),
    ("product-owner", "scrum-master", "step-back", 0.02, 1.0, PJ_BACK, "Product owners move to scrum master when their product is wound down."),
    # --- agile delivery
    ("scrum-master", "delivery-manager", "promotion", 0.18, 2.0, PJ, "Scrum masters take accountability for delivery across teams."),
    ("scrum-master", "agile-coach", "promotion", 0.10, 3.0, PJ, "Experienced scrum masters coach several teams and leaders."),
    ("scrum-master", "project-manager", "lateral", 0.06, 1.5, PJ, "Scrum masters move into project management."),
    ("scrum-master", "product-owner", "switch", 0.05, 2.0, PJ, "Scrum masters close to the business take a product owner role."),
    ("scrum-master", "tpm-2", "lateral", 0.03, 2.0, PJ, "Scrum masters in engineering organisations move into TPM."),
    ("delivery-manager", "head-of-delivery", "promotion", 0.14, 3.0, PJ, "Delivery managers lead the delivery function."),
    ("delivery-manager", "agile-coach", "promotion", 0.08, 2.0, PJ, "Delivery managers become agile coaches."),
    ("delivery-manager", "program-manager", "lateral", 0.06, 2.0, PJ, "Delivery managers move into program management."),
    ("delivery-manager", "senior-project-manager", "lateral", 0.04, 2.0, PJ, "Delivery managers move into project management."),
    ("delivery-manager", "tpm-3", "lateral", 0.03, 2.0, PJ, "Delivery managers in engineering organisations move into TPM."),
    ("agile-coach", "head-of-delivery", "promotion", 0.10, 3.0, PJ, "Agile coaches lead the delivery function."),
    ("agile-coach", "delivery-manager", "step-back", 0.03, 1.0, PJ_BACK, "Coaches return to running teams, often after a transformation ends."),
    ("agile-coach", "senior-program-manager", "lateral", 0.03, 2.0, PJ, "Agile coaches move into program management."),
    ("head-of-delivery", "director-of-programs", "switch", 0.05, 3.0, PJ, "Heads of delivery take over the program management organisation."),
    ("head-of-delivery", "principal-program-manager", "lateral", 0.03, 2.0, PJ, "Heads of delivery return to running the largest programs."),
    ("head-of-delivery", "agile-coach", "step-back", 0.02, 1.5, PJ_BACK, "Heads of delivery return to coaching."),
    # --- business analysis
    ("business-analyst", "senior-business-analyst", "promotion", 0.30, 2.0, PJ, "Business analysts lead analysis on larger change."),
    ("business-analyst", "product-owner", "switch", 0.10, 2.0, PJ, "The classic BA to product owner move in agile organisations."),
    ("business-analyst", "associate-product-manager", "lateral", 0.04, 2.0, PJ, "Business analysts move into product management."),
    ("business-analyst", "data-analyst", "lateral", 0.05, 1.5, PJ, "Business analysts who enjoy the data side become data analysts."),
    ("business-analyst", "project-manager", "lateral", 0.04, 2.0, PJ, "Business analysts move into project management."),
    ("business-analyst", "payroll-systems-analyst", "lateral", 0.03, 1.5, PJ, "Business analysts on HR or finance projects move into payroll systems."),
    ("senior-business-analyst", "product-owner", "lateral", 0.10, 2.0, PJ, "Senior business analysts become product owners."),
    ("senior-business-analyst", "product-manager", "lateral", 0.04, 2.0, PJ, "Senior business analysts move into product management."),
    ("senior-business-analyst", "program-manager", "lateral", 0.04, 2.0, PJ, "Senior business analysts move into program management."),
    ("senior-business-analyst", "solutions-architect", "switch", 0.03, 3.0, PJ, "Technically minded senior BAs become solutions architects."),
    ("senior-business-analyst", "erp-consultant", "lateral", 0.03, 2.0, PJ, "Senior BAs on ERP projects become consultants."),
    ("senior-business-analyst", "product-analyst", "lateral", 0.03, 2.0, PJ, "Senior BAs move into product analytics."),
    # --- enterprise systems
    ("payroll-systems-analyst", "erp-consultant", "promotion", 0.25, 2.0, PJ, "Payroll analysts lead implementations as consultants."),
    ("payroll-systems-analyst", "business-analyst", "lateral", 0.05, 1.5, PJ, "Payroll systems analysts move into general business analysis."),
    ("payroll-systems-analyst", "project-manager", "lateral", 0.05, 2.0, PJ, "Payroll systems analysts run payroll and HR system projects."),
    ("erp-consultant", "senior-project-manager", "lateral", 0.05, 2.0, PJ, "ERP consultants lead implementations as project managers."),
    ("erp-consultant", "program-manager", "lateral", 0.05, 2.0, SEEDS, "ERP and payroll consultants run finance-systems programs."),
    ("erp-consultant", "tpm-3", "lateral", 0.03, 2.0, SEEDS, "The 'TPM for payroll' in the seeds thread: finance-systems experts become TPMs."),
    ("erp-consultant", "senior-business-analyst", "lateral", 0.03, 2.0, PJ, "ERP consultants move in-house as senior BAs."),
    ("erp-consultant", "solutions-architect", "switch", 0.04, 3.0, PJ, "ERP consultants become solution architects for enterprise systems."),
    # --- data
    ("data-analyst", "senior-data-analyst", "promotion", 0.30, 2.0, PJ, "Data analysts lead analytics for an area."),
    ("data-analyst", "data-scientist", "promotion", 0.08, 2.0, PJ, "Data analysts who learn modelling become data scientists."),
    ("data-analyst", "product-analyst", "promotion", 0.08, 2.0, PJ, "Data analysts embedded with product teams become product analysts."),
    ("data-analyst", "data-engineer", "lateral", 0.04, 1.5, PJ, "Data analysts who build pipelines become data engineers."),
    ("data-analyst", "business-analyst", "lateral", 0.03, 1.5, PJ, "Data analysts move into business analysis."),
    ("data-analyst", "associate-product-manager", "lateral", 0.03, 2.0, PJ, "Data analysts move into product management."),
    ("senior-data-analyst", "analytics-manager", "promotion", 0.12, 3.0, PJ, "Senior analysts manage the analytics team."),
    ("senior-data-analyst", "data-scientist", "lateral", 0.08, 2.0, PJ, "Senior analysts move into data science."),
    ("senior-data-analyst", "product-analyst", "lateral", 0.05, 1.5, PJ, "Senior analysts move into product analytics."),
    ("senior-data-analyst", "product-manager", "lateral", 0.03, 2.0, PJ, "Senior analysts move into product management."),
    ("product-analyst", "analytics-manager", "promotion", 0.08, 3.0, PJ, "Product analysts manage the analytics team."),
    ("product-analyst", "product-manager", "lateral", 0.06, 2.0, PJ, "Product analysts move into product management."),
    ("product-analyst", "data-scientist", "lateral", 0.05, 2.0, PJ, "Product analysts move into data science."),
    ("data-scientist", "senior-data-scientist", "promotion", 0.25, 2.5, PJ, "Data scientists lead modelling for an area."),
    ("data-scientist", "analytics-manager", "promotion", 0.05, 3.0, PJ, "Data scientists manage an analytics team."),
    ("data-scientist", "ml-engineer", "lateral", 0.06, 2.0, DBX_LEVELS, "Data scientists who ship models to production become ML engineers."),
    ("senior-data-scientist", "analytics-manager", "lateral", 0.05, 2.0, PJ, "Senior data scientists manage analytics teams."),
    ("senior-data-scientist", "tpm-4", "lateral", 0.02, 2.0, SEEDS, "Senior data scientists run AI/ML programs as TPMs (the seeds thread's AI specialisation)."),
    ("senior-data-scientist", "senior-product-manager", "lateral", 0.03, 2.0, PJ, "Senior data scientists move into product management, often for ML products."),
    ("senior-data-scientist", "engineering-manager", "lateral", 0.03, 2.0, PJ, "Senior data scientists manage ML teams."),
    ("senior-data-scientist", "data-scientist", "step-back", 0.02, 1.0, PJ_BACK, "Senior data scientists joining a larger company are levelled one step down."),
    ("analytics-manager", "senior-data-scientist", "lateral", 0.03, 2.0, PJ, "Analytics managers return to IC work."),
    ("analytics-manager", "senior-data-analyst", "step-back", 0.03, 1.0, PJ_BACK, "Analytics managers return to IC analytics."),
    ("data-engineer", "senior-data-engineer", "promotion", 0.30, 2.0, DBX_PROMO + "; dropbox: ic3_data_engineer", "IC2 to IC3 data engineer."),
    ("data-engineer", "ml-engineer", "promotion", 0.06, 2.0, PJ, "Data engineers who build feature pipelines move into ML engineering."),
    ("data-engineer", "swe-2", "lateral", 0.05, 1.5, DBX_LEVELS, "Data engineers move to general software engineering at the same level."),
    ("senior-data-engineer", "senior-ml-engineer", "promotion", 0.05, 3.0, PJ, "Senior data engineers lead ML platform work."),
    ("senior-data-engineer", "swe-4", "switch", 0.06, 3.0, "dropbox: ic4_data_engineer (IC4 on the shared engineering ladder)", "Senior data engineers progress to IC4 on the engineering ladder."),
    ("senior-data-engineer", "swe-3", "lateral", 0.05, 2.0, DBX_LEVELS, "Senior data engineers move to general software engineering."),
    ("senior-data-engineer", "ml-engineer", "lateral", 0.05, 2.0, DBX_LEVELS, "Senior data engineers move into ML engineering."),
    ("senior-data-engineer", "engineering-manager", "switch", 0.03, 3.0, PJ, "Senior data engineers manage data teams."),
    ("ml-engineer", "senior-ml-engineer", "promotion", 0.25, 2.5, DBX_PROMO + "; dropbox: ic4_machine_learning_engineer", "IC3 to IC4 ML engineer."),
    ("ml-engineer", "senior-data-scientist", "promotion", 0.05, 2.5, PJ, "ML engineers with research strength become senior data scientists."),
    ("ml-engineer", "data-scientist", "lateral", 0.04, 2.0, PJ, "ML engineers move into modelling-focused data science."),
    ("ml-engineer", "swe-3", "lateral", 0.04, 2.0, DBX_LEVELS, "ML engineers move to general software engineering."),
    ("ml-engineer", "tpm-3", "lateral", 0.02, 2.0, SEEDS, "ML engineers run AI/ML programs as TPMs."),
    ("senior-ml-engineer", "swe-5", "switch", 0.06, 3.0, "dropbox: ic5_staff_machine_learning_engineer (staff on the shared ladder)", "Senior ML engineers progress to staff on the engineering ladder."),
    ("senior-ml-engineer", "senior-data-scientist", "lateral", 0.03, 2.0, PJ, "Senior ML engineers move into data science."),
    ("senior-ml-engineer", "tpm-4", "lateral", 0.02, 2.0, SEEDS, "Senior ML engineers run AI/ML programs as TPMs."),
    ("senior-ml-engineer", "engineering-manager", "lateral", 0.03, 2.0, PJ, "Senior ML engineers manage ML teams."),
    ("senior-ml-engineer", "swe-4", "lateral", 0.04, 2.0, DBX_LEVELS, "Senior ML engineers move to general software engineering."),
    # --- reliability
    ("sre", "senior-sre", "promotion", 0.30, 2.0, DBX_PROMO + "; dropbox: ic3_reliability_engineer", "IC2 to IC3 reliability engineer."),
    ("sre", "swe-2", "lateral", 0.06, 1.5, DBX_LEVELS, "SREs move to product engineering; the SRE and SWE ladders share levels."),
    ("sre", "security-engineer", "lateral", 0.03, 2.0, PJ, "SREs move into infrastructure security."),
    ("sre", "tpm-2", "lateral", 0.02, 2.0, PJ, "SREs run infrastructure programs as TPMs."),
    ("senior-sre", "staff-sre", "promotion", 0.12, 3.5, "dropbox: ic4_reliability_engineer, ic5_staff_reliability_engineer", "Senior SREs are promoted to staff after an IC4-scope period."),
    ("senior-sre", "swe-3", "lateral", 0.06, 2.0, DBX_LEVELS, "Senior SREs move to product engineering."),
    ("senior-sre", "swe-4", "switch", 0.06, 3.0, "dropbox: ic4_reliability_engineer (IC4 on the shared ladder)", "Senior SREs progress to IC4 on the engineering ladder."),
    ("senior-sre", "tpm-3", "lateral", 0.04, 2.0, SEEDS, "Senior SREs run cloud migration and infrastructure programs as TPMs."),
    ("senior-sre", "solutions-architect", "switch", 0.04, 3.0, PJ, "Senior SREs become cloud solutions architects."),
    ("senior-sre", "engineering-manager", "switch", 0.03, 3.0, PJ, "Senior SREs manage infrastructure teams."),
    ("staff-sre", "swe-5", "lateral", 0.05, 2.0, DBX_LEVELS, "Staff SREs move to staff software engineering."),
    ("staff-sre", "enterprise-architect", "lateral", 0.03, 2.0, PJ, "Staff SREs become enterprise architects."),
    ("staff-sre", "senior-engineering-manager", "lateral", 0.03, 2.0, PJ, "Staff SREs lead infrastructure organisations."),
    ("staff-sre", "swe-6", "switch", 0.04, 3.5, "dropbox: ic6_principal_reliability_engineer", "Staff SREs are promoted to principal engineer."),
    ("staff-sre", "senior-sre", "step-back", 0.02, 1.0, PJ_BACK, "Staff SREs joining a larger company are levelled down."),
    # --- quality
    ("qa-analyst", "quality-engineer", "promotion", 0.30, 1.5, "monzo: engineering/qualityanalyst.md levels 1-2", "QA analysts who automate tests become quality engineers."),
    ("qa-analyst", "business-analyst", "switch", 0.05, 1.5, PJ, "QA analysts who enjoy requirements become business analysts."),
    ("qa-analyst", "swe-1", "lateral", 0.05, 1.0, PJ, "QA analysts who learn to code move into engineering."),
    ("quality-engineer", "senior-quality-engineer", "promotion", 0.28, 2.0, DBX_PROMO + "; dropbox: ic3_quality_engineer", "IC2 to IC3 quality engineer."),
    ("quality-engineer", "swe-2", "lateral", 0.08, 1.5, DBX_LEVELS, "The common QA to SWE move; SDETs already write production-quality code."),
    ("senior-quality-engineer", "swe-3", "lateral", 0.07, 2.0, DBX_LEVELS, "Senior quality engineers move to software engineering."),
    ("senior-quality-engineer", "swe-4", "switch", 0.03, 3.0, "dropbox: ic4_quality_engineer (IC4 on the shared ladder)", "Senior quality engineers progress to IC4 on the engineering ladder."),
    ("senior-quality-engineer", "engineering-manager", "switch", 0.03, 3.0, PJ, "Senior quality engineers manage quality teams."),
    # --- security
    ("security-engineer", "senior-security-engineer", "promotion", 0.30, 2.0, DBX_PROMO + "; dropbox: ic3_security_engineer", "IC2 to IC3 security engineer."),
    ("security-engineer", "swe-2", "lateral", 0.04, 1.5, DBX_LEVELS, "Security engineers move to product engineering."),
    ("senior-security-engineer", "tpm-3", "lateral", 0.03, 2.0, SEEDS, "Senior security engineers run security and compliance programs as TPMs."),
    ("senior-security-engineer", "swe-4", "switch", 0.04, 3.0, "dropbox: ic4_security_engineer (IC4 on the shared ladder)", "Senior security engineers progress to IC4 on the engineering ladder."),
    ("senior-security-engineer", "solutions-architect", "switch", 0.03, 3.0, PJ, "Senior security engineers become security architects."),
    ("senior-security-engineer", "engineering-manager", "switch", 0.03, 3.0, PJ, "Senior security engineers manage security teams."),
    # --- design
    ("ux-designer", "senior-ux-designer", "promotion", 0.30, 2.0, "monzo: design/product-design.md", "UX designers lead design for a product area."),
    ("ux-designer", "associate-product-manager", "lateral", 0.05, 2.0, PJ, "UX designers move into product management."),
    ("ux-designer", "product-owner", "switch", 0.03, 2.0, PJ, "UX designers take a product owner role."),
    ("senior-ux-designer", "product-manager", "lateral", 0.06, 2.0, PJ, "Senior designers move into product management; discovery skills carry over."),
    ("senior-ux-designer", "senior-product-manager", "switch", 0.03, 3.0, PJ, "Experienced designers move straight into senior PM roles."),
    ("senior-ux-designer", "product-owner", "lateral", 0.03, 2.0, PJ, "Senior designers take a product owner role."),
    # --- architecture
    ("solutions-architect", "enterprise-architect", "promotion", 0.15, 3.0, PJ, "Solutions architects take responsibility for the enterprise landscape."),
    ("solutions-architect", "swe-5", "switch", 0.04, 3.0, PJ, "Solutions architects move to staff engineering."),
    ("solutions-architect", "tpm-4", "lateral", 0.04, 2.0, SEEDS, "Solutions architects run cloud migration programs as TPMs."),
    ("solutions-architect", "swe-4", "lateral", 0.03, 2.0, PJ, "Solutions architects return to engineering."),
    ("enterprise-architect", "director-of-engineering", "switch", 0.04, 3.0, PJ, "Enterprise architects take engineering leadership roles."),
    ("enterprise-architect", "swe-6", "switch", 0.03, 3.0, PJ, "Enterprise architects become principal engineers."),
    ("enterprise-architect", "swe-5", "lateral", 0.03, 2.0, PJ, "Enterprise architects return to staff engineering."),
    ("enterprise-architect", "solutions-architect", "step-back", 0.02, 1.0, PJ_BACK, "Enterprise architects return to solution work."),
]


def build():
    graph = {
        "format": "careerpath.graph/1",
        "name": "tech",
        "title": "Technology organisation",
        "description": (
            "A software/technology company's career ladders: software engineering, engineering management, "
            "project, program and technical program management, product management, and the bridge roles people "
            "move through (business analysis, agile delivery, data and ML, SRE, quality, security, UX, architecture, "
            "payroll/ERP systems). Levels are comparable across tracks: 1 = entry (Dropbox IC1), 2 = IC2, "
            "3 = IC3 senior, 4 = IC4 / first-line manager, 5 = IC5 staff / senior manager, 6 = IC6 principal / "
            "director, 7 = distinguished / VP. Skill levels use 0-5: 1 aware, 2 working, 3 proficient, "
            "4 advanced (leads others), 5 expert (sets direction). Rates are annual probabilities for a fully "
            "qualified person; they and min_years are practitioner estimates informed by the Dropbox promotion "
            "guidelines, not observed data."),
        "scale": {"min": 0, "max": 5,
                  "anchors": [{"level": lv, "meaning": m} for lv, m in SCALE_ANCHORS]},
        "attribution": ATTRIBUTION,
        "sources": SOURCES,
        "tracks": [{"id": i, "name": n, "description": d} for i, n, d in TRACKS],
        "skills": [skill_entry(i, n, c, d) for i, n, c, d in SKILLS],
        "roles": ROLES,
        "transitions": [
            {"from": f, "to": t, "kind": k, "rate": r, "min_years": y, "source": s, "rationale": why}
            for f, t, k, r, y, s, why in T
        ],
    }
    return graph



# ---------------------------------------------------------------------------
# Level anchors: what each point of the 0-5 skill scale means, so that people
# can rate themselves ("careerpath skills" prints them). The scale's anchors
# are this graph's own wording of the scale in its description (1 aware ...
# 5 expert). Where the Engineering Ladders (jorgef/engineeringladders,
# README.md, Apache-2.0) define a five-level dimension for the same kind of
# skill, those levels are the skill's own anchors, quoted from it.
# ---------------------------------------------------------------------------
SCALE_ANCHORS = [
    (0, "none: no experience of it"),
    (1, "aware: knows what it is and why it matters; needs guidance to do it"),
    (2, "working: does routine work in it on their own; asks for help with harder cases"),
    (3, "proficient: handles hard cases on their own and is trusted with them"),
    (4, "advanced: leads others in it and is who the team turns to"),
    (5, "expert: sets direction in it beyond their own team"),
]

LADDER_DIMENSIONS = {
    "Technology": [
        "Adopts: actively learns and adopts the technology and tools defined by the team",
        "Specializes: is the go-to person for one or more technologies and takes initiative to learn new ones",
        "Evangelizes: researches, creates proofs of concept and introduces new technologies to the team",
        "Masters: has very deep knowledge about the whole technology stack of the system",
        "Creates: designs and creates new technologies that are widely used either by internal or external teams",
    ],
    "System": [
        "Enhances: successfully pushes new features and bug fixes to improve and extend the system",
        "Designs: designs and implements medium to large size features while reducing the system's tech debt",
        "Owns: owns the production operation and monitoring of the system and is aware of its SLAs",
        "Evolves: evolves the architecture to support future requirements and defines its SLAs",
        "Leads: leads the technical excellence of the system and creates plans to mitigate outages",
    ],
    "People": [
        "Learns: quickly learns from others and consistently steps up when it is required",
        "Supports: proactively supports other team members and helps them to be successful",
        "Mentors: mentors others to accelerate their career-growth and encourages them to participate",
        "Coordinates: coordinates team members providing effective feedback and moderating discussions",
        "Manages: manages the team members' career, expectations, performance and level of happiness",
    ],
    "Process": [
        "Follows: follows the team processes, delivering a consistent flow of features to production",
        "Enforces: enforces the team processes, making sure everybody understands the benefits and tradeoffs",
        "Challenges: challenges the team processes, looking for ways to improve them",
        "Adjusts: adjusts the team processes, listening to feedback and guiding the team through the changes",
        "Defines: defines the right processes for the team's maturity level, balancing agility and discipline",
    ],
}

# skill id -> the Engineering Ladders dimension whose levels anchor it.
SKILL_LADDER = {
    "coding": "Technology", "cloud-infrastructure": "Technology", "data-engineering": "Technology",
    "machine-learning": "Technology",
    "system-design": "System", "software-architecture": "System", "reliability-operations": "System",
    "mentoring": "People", "people-management": "People",
    "agile-practices": "Process", "process-design": "Process", "release-management": "Process",
}


def skill_anchors(skill_id):
    """The skill's own anchors (levels 1-5 of its ladder dimension), or None."""
    dim = SKILL_LADDER.get(skill_id)
    if dim is None:
        return None
    return [{"level": 0, "meaning": "none: no experience of it"}] + [
        {"level": i + 1, "meaning": "%s (Engineering Ladders, %s %d)" % (text, dim, i + 1)}
        for i, text in enumerate(LADDER_DIMENSIONS[dim])]


def skill_entry(i, n, c, d):
    entry = {"id": i, "name": n, "category": c, "description": d}
    anchors = skill_anchors(i)
    if anchors:
        entry["anchors"] = anchors
    return entry

# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def validate_graph(g):
    errors = []

    def err(msg):
        errors.append(msg)

    if g.get("format") != "careerpath.graph/1":
        err("format")
    lo, hi = g["scale"]["min"], g["scale"]["max"]
    for key in ("sources", "tracks", "skills", "roles"):
        ids = [x["id"] for x in g[key]]
        if len(ids) != len(set(ids)):
            err("duplicate ids in %s" % key)
        for i in ids:
            if not SLUG.match(i):
                err("bad slug %s in %s" % (i, key))
    for s in g["sources"]:
        for f in ("id", "title", "url", "license"):
            if not s.get(f):
                err("source missing %s" % f)
    tracks = {t["id"] for t in g["tracks"]}
    skills = {s["id"] for s in g["skills"]}
    roles = {r["id"]: r for r in g["roles"]}
    used_tracks = set()
    titles = {}
    for r in g["roles"]:
        if r["track"] not in tracks:
            err("role %s: unknown track %s" % (r["id"], r["track"]))
        used_tracks.add(r["track"])
        if not isinstance(r["level"], int) or not 1 <= r["level"] <= 10:
            err("role %s: bad level" % r["id"])
        if not r.get("description") or not r.get("source") or not r.get("aliases"):
            err("role %s: missing description/source/aliases" % r["id"])
        t = r["title"].lower()
        if t in titles:
            err("duplicate title %s" % r["title"])
        titles[t] = r["id"]
        n = len(r["requirements"])
        if not 8 <= n <= 17:
            err("role %s: %d requirements" % (r["id"], n))
        for sid, q in r["requirements"].items():
            if sid not in skills:
                err("role %s: unknown skill %s" % (r["id"], sid))
            if not lo <= q["level"] <= hi:
                err("role %s: level out of range for %s" % (r["id"], sid))
            if not 0 <= q["importance"] <= 1:
                err("role %s: importance out of range for %s" % (r["id"], sid))
    if used_tracks != tracks:
        err("tracks without roles: %s" % (tracks - used_tracks))
    seen_alias = {}
    for r in g["roles"]:
        for a in r["aliases"]:
            al = a.lower()
            if al in seen_alias:
                err("alias %r used by %s and %s" % (a, seen_alias[al], r["id"]))
            seen_alias[al] = r["id"]
            if al in titles and titles[al] != r["id"]:
                err("alias %r of %s equals title of %s" % (a, r["id"], titles[al]))
            if al == r["title"].lower():
                err("alias %r of %s equals its own title" % (a, r["id"]))
            if al in roles and al != r["id"]:
                err("alias %r of %s equals role id" % (a, r["id"]))
    out_sum = defaultdict(float)
    pairs = set()
    kinds = defaultdict(int)
    adj = defaultdict(set)
    touched = set()
    for tr in g["transitions"]:
        f, t, k = tr["from"], tr["to"], tr["kind"]
        if f not in roles or t not in roles:
            err("transition %s->%s: unknown role" % (f, t))
            continue
        if f == t:
            err("self loop %s" % f)
        if (f, t) in pairs:
            err("duplicate transition %s->%s" % (f, t))
        pairs.add((f, t))
        kinds[k] += 1
        if not 0 <= tr["rate"] <= 1:
            err("rate out of range %s->%s" % (f, t))
        if tr["min_years"] < 0:
            err("min_years < 0 %s->%s" % (f, t))
        if not tr.get("source") or not tr.get("rationale"):
            err("transition %s->%s lacks source/rationale" % (f, t))
        out_sum[f] += tr["rate"]
        adj[f].add(t)
        touched.update((f, t))
        rf, rt = roles[f], roles[t]
        if k == "promotion":
            if rt["level"] <= rf["level"] or rt["track"] != rf["track"]:
                err("promotion %s->%s must go up within a track" % (f, t))
            if not 0.04 <= tr["rate"] <= 0.40:
                err("promotion rate %s->%s unusual" % (f, t))
        elif k == "step-back":
            if rt["level"] >= rf["level"]:
                err("step-back %s->%s must go down" % (f, t))
            if not 0.01 <= tr["rate"] <= 0.05:
                err("step-back rate %s->%s unusual" % (f, t))
        elif k == "lateral":
            if rt["level"] != rf["level"]:
                err("lateral %s->%s must keep the level" % (f, t))
            if not 0.01 <= tr["rate"] <= 0.15:
                err("lateral rate %s->%s unusual" % (f, t))
        elif k == "switch":
            if rt["track"] == rf["track"]:
                err("switch %s->%s must change track" % (f, t))
            if not 0.02 <= tr["rate"] <= 0.10:
                err("switch rate %s->%s unusual" % (f, t))
        else:
            err("unknown kind %s" % k)
    for rid, s in out_sum.items():
        if s > 0.8 + 1e-9:
            err("outgoing rate sum of %s is %.2f" % (rid, s))
    for rid in roles:
        if rid not in touched:
            err("role %s has no transitions" % rid)
        if not adj[rid]:
            err("role %s has no outgoing transition" % rid)
    for k in ("promotion", "lateral", "switch", "step-back"):
        if kinds[k] == 0:
            err("no %s transitions" % k)
    # connectivity: weakly connected, and the strongly connected part
    und = defaultdict(set)
    for f in adj:
        for t in adj[f]:
            und[f].add(t)
            und[t].add(f)
    start = next(iter(roles))
    seen, dq = {start}, deque([start])
    while dq:
        x = dq.popleft()
        for y in und[x]:
            if y not in seen:
                seen.add(y)
                dq.append(y)
    if len(seen) != len(roles):
        err("graph not weakly connected: %s" % sorted(set(roles) - seen))

    def reach(src):
        s, q = {src}, deque([src])
        while q:
            x = q.popleft()
            for y in adj[x]:
                if y not in s:
                    s.add(y)
                    q.append(y)
        return s
    reach_counts = {r: len(reach(r)) - 1 for r in roles}
    # counts and minimums
    n_roles, n_tracks, n_skills, n_tr = len(roles), len(tracks), len(skills), len(g["transitions"])
    cats = defaultdict(list)
    for s in g["skills"]:
        cats[s["category"]].append(s["id"])
    if n_roles < 45:
        err("only %d roles" % n_roles)
    if n_tracks < 7:
        err("only %d tracks" % n_tracks)
    if n_skills < 24:
        err("only %d skills" % n_skills)
    if n_tr < 150:
        err("only %d transitions" % n_tr)
    for c in ("technical", "delivery", "people", "business", "domain"):
        if not cats.get(c):
            err("no %s skills" % c)
    stats = {
        "roles": n_roles, "tracks": n_tracks, "skills": n_skills, "transitions": n_tr,
        "kinds": dict(kinds), "skill_categories": {c: len(v) for c, v in cats.items()},
        "max_out_rate": max(out_sum.values()),
        "max_out_rate_role": max(out_sum, key=out_sum.get),
        "requirements_per_role": (min(len(r["requirements"]) for r in g["roles"]),
                                  max(len(r["requirements"]) for r in g["roles"])),
        "min_reachable": min(reach_counts.values()),
        "min_reachable_role": min(reach_counts, key=reach_counts.get),
        "roles_without_incoming": sorted(set(roles) - {t for f in adj for t in adj[f]}),
    }
    return errors, stats


def check_monotone(g):
    """Within a track, a promotion should not lower any required skill level."""
    roles = {r["id"]: r for r in g["roles"]}
    warnings = []
    for tr in g["transitions"]:
        if tr["kind"] != "promotion":
            continue
        a, b = roles[tr["from"]]["requirements"], roles[tr["to"]]["requirements"]
        for sid, q in a.items():
            lb = b.get(sid, {"level": 0})["level"]
            if lb < q["level"] and q["importance"] >= 0.5:
                warnings.append("%s->%s lowers %s %s->%s" % (tr["from"], tr["to"], sid, q["level"], lb))
    return warnings


def validate_profiles(g):
    errors = []
    skills = {s["id"] for s in g["skills"]}
    roles = {r["id"]: r for r in g["roles"]}
    tracks = {t["id"] for t in g["tracks"]}
    lo, hi = g["scale"]["min"], g["scale"]["max"]
    rows = []
    if not os.path.isdir(PROFILES_DIR):
        return ["no profiles dir"], rows
    ids = set()
    for fn in sorted(os.listdir(PROFILES_DIR)):
        if not fn.endswith(".json"):
            continue
        path = os.path.join(PROFILES_DIR, fn)
        with open(path) as fh:
            p = json.load(fh)
        if p.get("format") != "careerpath.profile/1":
            continue  # teams / scenarios are owned by others
        if p.get("graph", "tech") != "tech" or re.match(r"^\d\d-\d{4}\.\d\d$", str(p.get("current_role"))):
            continue  # a person on another graph (O*NET codes)
        where = fn
        for f in ("id", "name", "current_role", "years_in_role", "skills"):
            if f not in p:
                errors.append("%s: missing %s" % (where, f))
        if p["id"] in ids:
            errors.append("%s: duplicate profile id" % where)
        ids.add(p["id"])
        if p["current_role"] not in roles:
            errors.append("%s: unknown current_role %s" % (where, p["current_role"]))
        if not (isinstance(p["years_in_role"], (int, float)) and p["years_in_role"] >= 0):
            errors.append("%s: bad years_in_role" % where)
        n = len(p["skills"])
        if not 10 <= n <= 20:
            errors.append("%s: %d skills" % (where, n))
        for sid, v in p["skills"].items():
            if sid not in skills:
                errors.append("%s: unknown skill %s" % (where, sid))
            if not lo <= v <= hi:
                errors.append("%s: skill %s out of range" % (where, sid))
        for gid in p.get("goals", []):
            if gid not in roles:
                errors.append("%s: unknown goal %s" % (where, gid))
        prefs = p.get("preferences", {})
        for t, w in prefs.get("tracks", {}).items():
            if t not in tracks:
                errors.append("%s: unknown track %s" % (where, t))
            if not -1 <= w <= 1:
                errors.append("%s: track weight out of range" % where)
        for a in prefs.get("avoid", []):
            if a not in roles:
                errors.append("%s: unknown avoid role %s" % (where, a))
        if "learning_rate" in p and not p["learning_rate"] > 0:
            errors.append("%s: bad learning_rate" % where)
        # fit to current role: importance-weighted shortfall
        req = roles[p["current_role"]]["requirements"]
        num = sum(q["importance"] * max(0.0, q["level"] - p["skills"].get(s, 0)) for s, q in req.items())
        den = sum(q["importance"] * q["level"] for s, q in req.items())
        rows.append((fn, p["current_role"], p.get("goals", []), round(1 - num / den, 3)))
    return errors, rows


def main():
    check_only = "--check" in sys.argv
    if check_only:
        with open(GRAPH_PATH) as fh:
            g = json.load(fh)
    else:
        g = build()
        os.makedirs(os.path.dirname(GRAPH_PATH), exist_ok=True)
        with open(GRAPH_PATH, "w") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote %s" % os.path.relpath(GRAPH_PATH, ROOT))
    errors, stats = validate_graph(g)
    for k, v in stats.items():
        print("%-24s %s" % (k, v))
    for w in check_monotone(g):
        print("note:", w)
    perrors, rows = validate_profiles(g)
    for fn, role, goals, fit in rows:
        print("profile %-32s %-26s fit %.3f goals %s" % (fn, role, fit, goals))
    errors += perrors
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
