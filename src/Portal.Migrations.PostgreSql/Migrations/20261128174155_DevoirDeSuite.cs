using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DevoirDeSuite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RespondedOn",
                table: "ResponseIndex",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Hand-written: responses published before this migration start their response clock on the (UTC) day of
            // their current publication, the closest the index knows; republishing them writes the exact Paris day.
            migrationBuilder.Sql("UPDATE \"ResponseIndex\" SET \"RespondedOn\" = CAST(\"PublishedUtc\" AS date);");

            migrationBuilder.AddColumn<string>(
                name: "Referral",
                table: "PropositionIndex",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommitmentIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProcessId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PropositionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResponseId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentUpdateIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProcessId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PropositionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FollowUpId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentUpdateIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferralIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProcessId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HandOverDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ResponseDelayMonths = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralIndex", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentIndex_ProcessId",
                table: "CommitmentIndex",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentIndex_PropositionId",
                table: "CommitmentIndex",
                column: "PropositionId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentIndex_ResponseId_Rank",
                table: "CommitmentIndex",
                columns: new[] { "ResponseId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentUpdateIndex_FollowUpId",
                table: "CommitmentUpdateIndex",
                column: "FollowUpId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentUpdateIndex_ProcessId",
                table: "CommitmentUpdateIndex",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentUpdateIndex_PropositionId",
                table: "CommitmentUpdateIndex",
                column: "PropositionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralIndex_ProcessId_Key",
                table: "ReferralIndex",
                columns: new[] { "ProcessId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitmentIndex");

            migrationBuilder.DropTable(
                name: "CommitmentUpdateIndex");

            migrationBuilder.DropTable(
                name: "ReferralIndex");

            migrationBuilder.DropColumn(
                name: "RespondedOn",
                table: "ResponseIndex");

            migrationBuilder.DropColumn(
                name: "Referral",
                table: "PropositionIndex");
        }
    }
}
