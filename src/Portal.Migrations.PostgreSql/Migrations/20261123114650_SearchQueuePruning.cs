using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SearchQueuePruning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchIndexNode",
                columns: table => new
                {
                    NodeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Checkpoint = table.Column<long>(type: "bigint", nullable: false),
                    SeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchIndexNode", x => x.NodeId);
                });

            migrationBuilder.CreateTable(
                name: "SearchQueuePruning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    PrunedThroughId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchQueuePruning", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SearchQueuePruning",
                columns: new[] { "Id", "PrunedThroughId" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_SearchIndexTask_CreatedUtc",
                table: "SearchIndexTask",
                column: "CreatedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchIndexNode");

            migrationBuilder.DropTable(
                name: "SearchQueuePruning");

            migrationBuilder.DropIndex(
                name: "IX_SearchIndexTask_CreatedUtc",
                table: "SearchIndexTask");
        }
    }
}
