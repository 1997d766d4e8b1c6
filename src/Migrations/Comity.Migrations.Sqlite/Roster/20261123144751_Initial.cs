using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Comity.Migrations.Sqlite.Roster
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "roster_experts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Nationalities = table.Column<string>(type: "TEXT", nullable: false),
                    ResidenceCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    EmployerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EmployerCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    UtcOffsetHours = table.Column<double>(type: "REAL", nullable: false),
                    NoticeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptsRemote = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptsOnSite = table.Column<bool>(type: "INTEGER", nullable: false),
                    YearlyCap = table.Column<int>(type: "INTEGER", nullable: false),
                    Vetting = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VettingExpires = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NetworkVisible = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockedPeriods = table.Column<string>(type: "TEXT", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: true),
                    Skills = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_experts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roster_match_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RunAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Weights = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Objective = table.Column<double>(type: "REAL", nullable: false),
                    ProvenOptimal = table.Column<bool>(type: "INTEGER", nullable: false),
                    OptimalityGap = table.Column<double>(type: "REAL", nullable: true),
                    ElapsedMilliseconds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_match_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roster_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FiledBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TopicArea = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EarliestStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LatestEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DurationDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Modality = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TeamSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UtcOffsetHours = table.Column<double>(type: "REAL", nullable: false),
                    CapacityGap = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AllowSameNationality = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowSameEmployerCountry = table.Column<bool>(type: "INTEGER", nullable: false),
                    PinnedExperts = table.Column<string>(type: "TEXT", nullable: false),
                    ExcludedExperts = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReferredFromCentreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequiredLanguages = table.Column<string>(type: "TEXT", nullable: true),
                    RequiredSkills = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roster_skill_areas",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_skill_areas", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "roster_deployments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    OfferedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DeployedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AfterActionReport = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_deployments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_roster_deployments_roster_experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "roster_experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_roster_deployments_roster_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "roster_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "roster_proposals",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_proposals", x => x.RequestId);
                    table.ForeignKey(
                        name: "FK_roster_proposals_roster_match_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "roster_match_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_roster_proposals_roster_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "roster_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "roster_skills",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    NiceWorkRoles = table.Column<string>(type: "TEXT", nullable: false),
                    EcsfProfiles = table.Column<string>(type: "TEXT", nullable: false),
                    Translations = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_skills", x => x.Code);
                    table.ForeignKey(
                        name: "FK_roster_skills_roster_skill_areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "roster_skill_areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "roster_skill_areas",
                columns: new[] { "Code", "Name" },
                values: new object[,]
                {
                    { "awareness", "Awareness and education" },
                    { "cooperation", "International cooperation" },
                    { "forensics", "Investigation and digital forensics" },
                    { "incident", "Incident response and CERT operations" },
                    { "infrastructure", "Critical-infrastructure protection" },
                    { "intel", "Threat intelligence" },
                    { "law", "Legislation and criminal justice" },
                    { "policy", "Policy and strategy" }
                });

            migrationBuilder.InsertData(
                table: "roster_skills",
                columns: new[] { "Code", "AreaCode", "EcsfProfiles", "IsActive", "Name", "NiceWorkRoles", "Translations" },
                values: new object[,]
                {
                    { "awareness-campaigns", "awareness", "[\"Cybersecurity Educator\"]", true, "Public awareness campaigns", "[\"Cybersecurity Instruction\"]", "{}" },
                    { "capacity-assessment", "policy", "[\"Cybersecurity Auditor\"]", true, "Capacity and maturity assessment", "[\"Cybersecurity Policy and Planning\"]", "{}" },
                    { "cert-setup", "incident", "[\"Chief Information Security Officer (CISO)\",\"Cyber Incident Responder\"]", true, "Establishing a national CERT/CSIRT", "[\"Incident Response\"]", "{}" },
                    { "child-online-protection", "awareness", "[\"Cybersecurity Educator\"]", true, "Child online protection", "[\"Cybersecurity Instruction\"]", "{}" },
                    { "ci-identification", "infrastructure", "[\"Cybersecurity Risk Manager\"]", true, "Identifying critical information infrastructure", "[\"Systems Security Management\"]", "{}" },
                    { "computer-forensics", "forensics", "[\"Digital Forensics Investigator\"]", true, "Computer and storage forensics", "[\"Digital Evidence Analysis\"]", "{}" },
                    { "crisis-exercises", "infrastructure", "[\"Chief Information Security Officer (CISO)\"]", true, "National cyber crisis management and exercises", "[\"Incident Response\"]", "{}" },
                    { "cryptocurrency-tracing", "forensics", "[\"Digital Forensics Investigator\"]", true, "Cryptocurrency tracing and virtual-asset investigation", "[\"Cybercrime Investigation\"]", "{}" },
                    { "cti-analysis", "intel", "[\"Cyber Threat Intelligence Specialist\"]", true, "Cyber threat intelligence analysis", "[\"Threat Analysis\"]", "{}" },
                    { "cti-sharing", "intel", "[\"Cyber Threat Intelligence Specialist\"]", true, "Information-sharing platforms (MISP, OpenCTI, STIX/TAXII)", "[\"Threat Analysis\"]", "{}" },
                    { "curriculum-design", "awareness", "[\"Cybersecurity Educator\"]", true, "Cybersecurity curriculum and training design", "[\"Cybersecurity Instruction\"]", "{}" },
                    { "cyber-diplomacy", "policy", "[\"Cyber Legal, Policy \\u0026 Compliance Officer\"]", true, "Cyber diplomacy and norms of responsible state behaviour", "[\"Cybersecurity Policy and Planning\"]", "{}" },
                    { "cybercrime-investigation", "forensics", "[\"Digital Forensics Investigator\"]", true, "Cybercrime investigation", "[\"Cybercrime Investigation\"]", "{}" },
                    { "cybercrime-legislation", "law", "[\"Cyber Legal, Policy \\u0026 Compliance Officer\"]", true, "Drafting substantive cybercrime law", "[\"Cybersecurity Legal Advice\"]", "{}" },
                    { "data-protection-law", "law", "[\"Cyber Legal, Policy \\u0026 Compliance Officer\"]", true, "Data protection and privacy law", "[\"Cybersecurity Legal Advice\"]", "{}" },
                    { "forensic-lab", "forensics", "[\"Digital Forensics Investigator\"]", true, "Setting up a digital forensics laboratory", "[\"Digital Evidence Analysis\"]", "{}" },
                    { "incident-handling", "incident", "[\"Cyber Incident Responder\"]", true, "Incident handling and coordination", "[\"Incident Response\"]", "{}" },
                    { "joint-investigations", "cooperation", "[\"Digital Forensics Investigator\"]", true, "Joint and cross-border investigations", "[\"Cybercrime Investigation\"]", "{}" },
                    { "judicial-training", "law", "[\"Cybersecurity Educator\"]", true, "Training judges and prosecutors on cybercrime", "[\"Cybersecurity Instruction\"]", "{}" },
                    { "le-training", "awareness", "[\"Cybersecurity Educator\"]", true, "Training law-enforcement officers", "[\"Cybersecurity Instruction\"]", "{}" },
                    { "malware-analysis", "incident", "[\"Cyber Incident Responder\"]", true, "Malware analysis", "[\"Defensive Cybersecurity\"]", "{}" },
                    { "mla", "cooperation", "[\"Cyber Legal, Policy \\u0026 Compliance Officer\"]", true, "Mutual legal assistance in cybercrime matters", "[\"Cybersecurity Legal Advice\"]", "{}" },
                    { "mobile-forensics", "forensics", "[\"Digital Forensics Investigator\"]", true, "Mobile device forensics", "[\"Digital Evidence Analysis\"]", "{}" },
                    { "ncs-drafting", "policy", "[\"Chief Information Security Officer (CISO)\",\"Cyber Legal, Policy \\u0026 Compliance Officer\"]", true, "Drafting a national cybersecurity strategy", "[\"Cybersecurity Policy and Planning\"]", "{}" },
                    { "ncs-governance", "policy", "[\"Chief Information Security Officer (CISO)\"]", true, "Cybersecurity governance and institutional design", "[\"Cybersecurity Policy and Planning\"]", "{}" },
                    { "network-forensics", "forensics", "[\"Digital Forensics Investigator\",\"Cyber Incident Responder\"]", true, "Network forensics", "[\"Digital Evidence Analysis\"]", "{}" },
                    { "osint", "forensics", "[\"Cyber Threat Intelligence Specialist\"]", true, "Open-source intelligence for investigations", "[\"Cybercrime Investigation\"]", "{}" },
                    { "ot-security", "infrastructure", "[\"Cybersecurity Architect\"]", true, "Industrial control system and OT security", "[\"Operational Technology (OT) Cybersecurity Engineering\"]", "{}" },
                    { "point-of-contact-247", "cooperation", "[]", true, "Running a 24/7 point of contact", "[\"Cybercrime Investigation\"]", "{}" },
                    { "procedural-law", "law", "[\"Cyber Legal, Policy \\u0026 Compliance Officer\"]", true, "Procedural powers and electronic-evidence law", "[\"Cybersecurity Legal Advice\"]", "{}" },
                    { "prosecution", "law", "[]", true, "Prosecuting cybercrime cases", "[\"Cybersecurity Legal Advice\"]", "{}" },
                    { "provider-cooperation", "cooperation", "[\"Cyber Legal, Policy \\u0026 Compliance Officer\"]", true, "Cooperation with service providers on electronic evidence", "[\"Cybercrime Investigation\"]", "{}" },
                    { "regional-coordination", "cooperation", "[\"Chief Information Security Officer (CISO)\"]", true, "Regional coordination and programme management", "[\"Cybersecurity Policy and Planning\"]", "{}" },
                    { "risk-assessment", "policy", "[\"Cybersecurity Risk Manager\"]", true, "National cyber risk assessment", "[\"Systems Security Management\"]", "{}" },
                    { "sector-regulation", "infrastructure", "[\"Cyber Legal, Policy \\u0026 Compliance Officer\",\"Cybersecurity Auditor\"]", true, "Sector cybersecurity regulation and supervision", "[\"Cybersecurity Policy and Planning\"]", "{}" },
                    { "security-monitoring", "incident", "[\"Cyber Incident Responder\",\"Cybersecurity Architect\"]", true, "Security monitoring and SOC operations", "[\"Defensive Cybersecurity\"]", "{}" },
                    { "threat-hunting", "intel", "[\"Cyber Threat Intelligence Specialist\",\"Cyber Incident Responder\"]", true, "Threat hunting", "[\"Defensive Cybersecurity\"]", "{}" },
                    { "vulnerability-coordination", "incident", "[\"Cyber Incident Responder\"]", true, "Vulnerability coordination and disclosure", "[\"Defensive Cybersecurity\"]", "{}" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_roster_deployments_ExpertId_Status",
                table: "roster_deployments",
                columns: new[] { "ExpertId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_roster_deployments_RequestId",
                table: "roster_deployments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_roster_experts_CentreId",
                table: "roster_experts",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_roster_experts_Email",
                table: "roster_experts",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_roster_experts_UserId",
                table: "roster_experts",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roster_match_runs_CentreId_RunAt",
                table: "roster_match_runs",
                columns: new[] { "CentreId", "RunAt" });

            migrationBuilder.CreateIndex(
                name: "IX_roster_proposals_RunId",
                table: "roster_proposals",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_roster_requests_CentreId_Status",
                table: "roster_requests",
                columns: new[] { "CentreId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_roster_requests_RequestingOrganisationId",
                table: "roster_requests",
                column: "RequestingOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_roster_skills_AreaCode",
                table: "roster_skills",
                column: "AreaCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "roster_deployments");

            migrationBuilder.DropTable(
                name: "roster_proposals");

            migrationBuilder.DropTable(
                name: "roster_skills");

            migrationBuilder.DropTable(
                name: "roster_experts");

            migrationBuilder.DropTable(
                name: "roster_match_runs");

            migrationBuilder.DropTable(
                name: "roster_requests");

            migrationBuilder.DropTable(
                name: "roster_skill_areas");
        }
    }
}
