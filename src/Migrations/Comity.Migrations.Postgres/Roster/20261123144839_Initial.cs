using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Comity.Migrations.Postgres.Roster
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Nationalities = table.Column<List<string>>(type: "text[]", nullable: false),
                    ResidenceCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    EmployerOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EmployerCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    UtcOffsetHours = table.Column<double>(type: "double precision", nullable: false),
                    NoticeDays = table.Column<int>(type: "integer", nullable: false),
                    AcceptsRemote = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptsOnSite = table.Column<bool>(type: "boolean", nullable: false),
                    YearlyCap = table.Column<int>(type: "integer", nullable: false),
                    Vetting = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VettingExpires = table.Column<DateOnly>(type: "date", nullable: true),
                    NetworkVisible = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BlockedPeriods = table.Column<string>(type: "jsonb", nullable: true),
                    Languages = table.Column<string>(type: "jsonb", nullable: true),
                    Skills = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_experts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roster_match_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    RunBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Weights = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Objective = table.Column<double>(type: "double precision", nullable: false),
                    ProvenOptimal = table.Column<bool>(type: "boolean", nullable: false),
                    OptimalityGap = table.Column<double>(type: "double precision", nullable: true),
                    ElapsedMilliseconds = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_match_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roster_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestingOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    TopicArea = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EarliestStart = table.Column<DateOnly>(type: "date", nullable: false),
                    LatestEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    DurationDays = table.Column<int>(type: "integer", nullable: false),
                    Modality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TeamSize = table.Column<int>(type: "integer", nullable: false),
                    Urgency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UtcOffsetHours = table.Column<double>(type: "double precision", nullable: false),
                    CapacityGap = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AllowSameNationality = table.Column<bool>(type: "boolean", nullable: false),
                    AllowSameEmployerCountry = table.Column<bool>(type: "boolean", nullable: false),
                    PinnedExperts = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    ExcludedExperts = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReferredFromCentreId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequiredLanguages = table.Column<string>(type: "jsonb", nullable: true),
                    RequiredSkills = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roster_skill_areas",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_skill_areas", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "roster_deployments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpertId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    OfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DeployedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AfterActionReport = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    Feedback = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
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
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    NiceWorkRoles = table.Column<string>(type: "text", nullable: false),
                    EcsfProfiles = table.Column<string>(type: "text", nullable: false),
                    Translations = table.Column<string>(type: "text", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
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
