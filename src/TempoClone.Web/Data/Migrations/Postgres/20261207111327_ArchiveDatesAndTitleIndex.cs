using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ArchiveDatesAndTitleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FirstPublishedAtUtc",
                table: "Articles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PublishDateUnknown",
                table: "Articles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Title",
                table: "Articles",
                column: "Title");

            // A story that was live once (published, or withdrawn since) keeps the date it first went out with.
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"FirstPublishedAtUtc\" = \"PublishedAtUtc\" WHERE \"Status\" IN (1, 2);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Title",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "FirstPublishedAtUtc",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "PublishDateUnknown",
                table: "Articles");
        }
    }
}
