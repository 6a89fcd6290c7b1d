using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublicationLots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LotId",
                table: "WorkflowSubmissions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PublicationLots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Workflow = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProcessId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
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
                    table.PrimaryKey("PK_PublicationLots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LotActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LotId = table.Column<long>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_LotActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LotActions_PublicationLots_LotId",
                        column: x => x.LotId,
                        principalTable: "PublicationLots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowSubmissions_LotId",
                table: "WorkflowSubmissions",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_LotActions_LotId_Round_Transition_Actor",
                table: "LotActions",
                columns: new[] { "LotId", "Round", "Transition", "Actor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicationLots_Active_State",
                table: "PublicationLots",
                columns: new[] { "Active", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationLots_ScheduledUtc",
                table: "PublicationLots",
                column: "ScheduledUtc");

            migrationBuilder.AddForeignKey(
                name: "FK_WorkflowSubmissions_PublicationLots_LotId",
                table: "WorkflowSubmissions",
                column: "LotId",
                principalTable: "PublicationLots",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_WorkflowSubmissions_PublicationLots_LotId",
                table: "WorkflowSubmissions");

            migrationBuilder.DropTable(
                name: "LotActions");

            migrationBuilder.DropTable(
                name: "PublicationLots");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowSubmissions_LotId",
                table: "WorkflowSubmissions");

            migrationBuilder.DropColumn(
                name: "LotId",
                table: "WorkflowSubmissions");
        }
    }
}
