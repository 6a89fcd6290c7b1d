using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sortition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SortitionDraws",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProcessSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PoolCsv = table.Column<string>(type: "TEXT", nullable: false),
                    QuotasJson = table.Column<string>(type: "TEXT", nullable: false),
                    CommitmentText = table.Column<string>(type: "TEXT", nullable: false),
                    CommitmentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CommittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReferenceSharesJson = table.Column<string>(type: "TEXT", nullable: true),
                    PublicRandomness = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SeedHex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResultCsv = table.Column<string>(type: "TEXT", nullable: true),
                    DrawnUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SortitionDraws", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SortitionVolunteerContacts",
                columns: table => new
                {
                    DrawId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    VolunteerId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContactsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SortitionVolunteerContacts", x => new { x.DrawId, x.VolunteerId });
                    table.ForeignKey(
                        name: "FK_SortitionVolunteerContacts_SortitionDraws_DrawId",
                        column: x => x.DrawId,
                        principalTable: "SortitionDraws",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SortitionDraws_ProcessSlug_CommittedUtc",
                table: "SortitionDraws",
                columns: new[] { "ProcessSlug", "CommittedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SortitionVolunteerContacts");

            migrationBuilder.DropTable(
                name: "SortitionDraws");
        }
    }
}
