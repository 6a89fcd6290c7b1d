using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Workflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "ContentItemVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WorkflowSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Workflow = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProcessId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StateSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScheduledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledTransition = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScheduledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowSubmissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Transition = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FieldComments = table.Column<string>(type: "TEXT", nullable: true),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ScheduledUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkflowActions_WorkflowSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "WorkflowSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowActions_SubmissionId_Round_Transition_Actor",
                table: "WorkflowActions",
                columns: new[] { "SubmissionId", "Round", "Transition", "Actor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowSubmissions_Active_State",
                table: "WorkflowSubmissions",
                columns: new[] { "Active", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowSubmissions_ScheduledUtc",
                table: "WorkflowSubmissions",
                column: "ScheduledUtc");

            migrationBuilder.CreateIndex(
                name: "UX_WorkflowSubmissions_Active",
                table: "WorkflowSubmissions",
                columns: new[] { "ContentItemId", "Version" },
                unique: true,
                filter: "\"Active\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkflowActions");

            migrationBuilder.DropTable(
                name: "WorkflowSubmissions");

            migrationBuilder.DropColumn(
                name: "ApprovedUtc",
                table: "ContentItemVersions");
        }
    }
}
