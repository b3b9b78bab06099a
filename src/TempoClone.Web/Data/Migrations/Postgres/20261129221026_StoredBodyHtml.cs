using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoredBodyHtml : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BodyHtml",
                table: "SitePages",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyHtml",
                table: "Articles",
                type: "text",
                nullable: true);

            migrationBuilder.UpdateData(
                table: "SitePages",
                keyColumn: "Id",
                keyValue: 1,
                column: "BodyHtml",
                value: null);

            migrationBuilder.UpdateData(
                table: "SitePages",
                keyColumn: "Id",
                keyValue: 2,
                column: "BodyHtml",
                value: null);

            migrationBuilder.UpdateData(
                table: "SitePages",
                keyColumn: "Id",
                keyValue: 3,
                column: "BodyHtml",
                value: null);

            migrationBuilder.UpdateData(
                table: "SitePages",
                keyColumn: "Id",
                keyValue: 4,
                column: "BodyHtml",
                value: null);

            migrationBuilder.UpdateData(
                table: "SitePages",
                keyColumn: "Id",
                keyValue: 5,
                column: "BodyHtml",
                value: null);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_BodyHtmlMissing",
                table: "Articles",
                column: "Id",
                filter: "\"BodyHtml\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_BodyHtmlMissing",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "BodyHtml",
                table: "SitePages");

            migrationBuilder.DropColumn(
                name: "BodyHtml",
                table: "Articles");
        }
    }
}
