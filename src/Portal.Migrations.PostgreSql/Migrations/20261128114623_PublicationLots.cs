using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
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
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PublicationLots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    ClosedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Workflow = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcessId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StateSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScheduledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScheduledTransition = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ScheduledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationLots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LotActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LotId = table.Column<long>(type: "bigint", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Transition = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromState = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ToState = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FieldComments = table.Column<string>(type: "text", nullable: true),
                    Completed = table.Column<bool>(type: "boolean", nullable: false),
                    ScheduledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
