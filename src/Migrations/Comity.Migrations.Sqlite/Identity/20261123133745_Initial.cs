using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Comity.Migrations.Sqlite.Identity
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SourceAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_countries",
                columns: table => new
                {
                    Alpha2 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    Alpha3 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Numeric = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    SubregionCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    IntermediateRegionCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_countries", x => x.Alpha2);
                });

            migrationBuilder.CreateTable(
                name: "identity_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HomeCountry = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "identity_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ActiveOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_covered_countries",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_covered_countries", x => new { x.OrganisationId, x.Country });
                    table.ForeignKey(
                        name: "FK_identity_covered_countries_identity_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "identity_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_api_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SecretHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_api_keys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_api_keys_identity_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "identity_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_identity_api_keys_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_memberships_identity_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "identity_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_identity_memberships_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_user_claims_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_identity_user_logins_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_identity_user_tokens_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "identity_countries",
                columns: new[] { "Alpha2", "Alpha3", "IntermediateRegionCode", "Name", "Numeric", "RegionCode", "SubregionCode" },
                values: new object[,]
                {
                    { "AD", "AND", null, "Andorra", "020", "150", "039" },
                    { "AE", "ARE", null, "United Arab Emirates", "784", "142", "145" },
                    { "AF", "AFG", null, "Afghanistan", "004", "142", "034" },
                    { "AG", "ATG", "029", "Antigua and Barbuda", "028", "019", "419" },
                    { "AI", "AIA", "029", "Anguilla", "660", "019", "419" },
                    { "AL", "ALB", null, "Albania", "008", "150", "039" },
                    { "AM", "ARM", null, "Armenia", "051", "142", "145" },
                    { "AO", "AGO", "017", "Angola", "024", "002", "202" },
                    { "AQ", "ATA", null, "Antarctica", "010", null, null },
                    { "AR", "ARG", "005", "Argentina", "032", "019", "419" },
                    { "AS", "ASM", null, "American Samoa", "016", "009", "061" },
                    { "AT", "AUT", null, "Austria", "040", "150", "155" },
                    { "AU", "AUS", null, "Australia", "036", "009", "053" },
                    { "AW", "ABW", "029", "Aruba", "533", "019", "419" },
                    { "AX", "ALA", null, "Åland Islands", "248", "150", "154" },
                    { "AZ", "AZE", null, "Azerbaijan", "031", "142", "145" },
                    { "BA", "BIH", null, "Bosnia and Herzegovina", "070", "150", "039" },
                    { "BB", "BRB", "029", "Barbados", "052", "019", "419" },
                    { "BD", "BGD", null, "Bangladesh", "050", "142", "034" },
                    { "BE", "BEL", null, "Belgium", "056", "150", "155" },
                    { "BF", "BFA", "011", "Burkina Faso", "854", "002", "202" },
                    { "BG", "BGR", null, "Bulgaria", "100", "150", "151" },
                    { "BH", "BHR", null, "Bahrain", "048", "142", "145" },
                    { "BI", "BDI", "014", "Burundi", "108", "002", "202" },
                    { "BJ", "BEN", "011", "Benin", "204", "002", "202" },
                    { "BL", "BLM", "029", "Saint Barthélemy", "652", "019", "419" },
                    { "BM", "BMU", null, "Bermuda", "060", "019", "021" },
                    { "BN", "BRN", null, "Brunei Darussalam", "096", "142", "035" },
                    { "BO", "BOL", "005", "Bolivia, Plurinational State of", "068", "019", "419" },
                    { "BQ", "BES", "029", "Bonaire, Sint Eustatius and Saba", "535", "019", "419" },
                    { "BR", "BRA", "005", "Brazil", "076", "019", "419" },
                    { "BS", "BHS", "029", "Bahamas", "044", "019", "419" },
                    { "BT", "BTN", null, "Bhutan", "064", "142", "034" },
                    { "BV", "BVT", "005", "Bouvet Island", "074", "019", "419" },
                    { "BW", "BWA", "018", "Botswana", "072", "002", "202" },
                    { "BY", "BLR", null, "Belarus", "112", "150", "151" },
                    { "BZ", "BLZ", "013", "Belize", "084", "019", "419" },
                    { "CA", "CAN", null, "Canada", "124", "019", "021" },
                    { "CC", "CCK", null, "Cocos (Keeling) Islands", "166", "009", "053" },
                    { "CD", "COD", "017", "Congo, Democratic Republic of the", "180", "002", "202" },
                    { "CF", "CAF", "017", "Central African Republic", "140", "002", "202" },
                    { "CG", "COG", "017", "Congo", "178", "002", "202" },
                    { "CH", "CHE", null, "Switzerland", "756", "150", "155" },
                    { "CI", "CIV", "011", "Côte d'Ivoire", "384", "002", "202" },
                    { "CK", "COK", null, "Cook Islands", "184", "009", "061" },
                    { "CL", "CHL", "005", "Chile", "152", "019", "419" },
                    { "CM", "CMR", "017", "Cameroon", "120", "002", "202" },
                    { "CN", "CHN", null, "China", "156", "142", "030" },
                    { "CO", "COL", "005", "Colombia", "170", "019", "419" },
                    { "CR", "CRI", "013", "Costa Rica", "188", "019", "419" },
                    { "CU", "CUB", "029", "Cuba", "192", "019", "419" },
                    { "CV", "CPV", "011", "Cabo Verde", "132", "002", "202" },
                    { "CW", "CUW", "029", "Curaçao", "531", "019", "419" },
                    { "CX", "CXR", null, "Christmas Island", "162", "009", "053" },
                    { "CY", "CYP", null, "Cyprus", "196", "142", "145" },
                    { "CZ", "CZE", null, "Czechia", "203", "150", "151" },
                    { "DE", "DEU", null, "Germany", "276", "150", "155" },
                    { "DJ", "DJI", "014", "Djibouti", "262", "002", "202" },
                    { "DK", "DNK", null, "Denmark", "208", "150", "154" },
                    { "DM", "DMA", "029", "Dominica", "212", "019", "419" },
                    { "DO", "DOM", "029", "Dominican Republic", "214", "019", "419" },
                    { "DZ", "DZA", null, "Algeria", "012", "002", "015" },
                    { "EC", "ECU", "005", "Ecuador", "218", "019", "419" },
                    { "EE", "EST", null, "Estonia", "233", "150", "154" },
                    { "EG", "EGY", null, "Egypt", "818", "002", "015" },
                    { "EH", "ESH", null, "Western Sahara", "732", "002", "015" },
                    { "ER", "ERI", "014", "Eritrea", "232", "002", "202" },
                    { "ES", "ESP", null, "Spain", "724", "150", "039" },
                    { "ET", "ETH", "014", "Ethiopia", "231", "002", "202" },
                    { "FI", "FIN", null, "Finland", "246", "150", "154" },
                    { "FJ", "FJI", null, "Fiji", "242", "009", "054" },
                    { "FK", "FLK", "005", "Falkland Islands (Malvinas)", "238", "019", "419" },
                    { "FM", "FSM", null, "Micronesia, Federated States of", "583", "009", "057" },
                    { "FO", "FRO", null, "Faroe Islands", "234", "150", "154" },
                    { "FR", "FRA", null, "France", "250", "150", "155" },
                    { "GA", "GAB", "017", "Gabon", "266", "002", "202" },
                    { "GB", "GBR", null, "United Kingdom of Great Britain and Northern Ireland", "826", "150", "154" },
                    { "GD", "GRD", "029", "Grenada", "308", "019", "419" },
                    { "GE", "GEO", null, "Georgia", "268", "142", "145" },
                    { "GF", "GUF", "005", "French Guiana", "254", "019", "419" },
                    { "GG", "GGY", null, "Guernsey", "831", "150", "154" },
                    { "GH", "GHA", "011", "Ghana", "288", "002", "202" },
                    { "GI", "GIB", null, "Gibraltar", "292", "150", "039" },
                    { "GL", "GRL", null, "Greenland", "304", "019", "021" },
                    { "GM", "GMB", "011", "Gambia", "270", "002", "202" },
                    { "GN", "GIN", "011", "Guinea", "324", "002", "202" },
                    { "GP", "GLP", "029", "Guadeloupe", "312", "019", "419" },
                    { "GQ", "GNQ", "017", "Equatorial Guinea", "226", "002", "202" },
                    { "GR", "GRC", null, "Greece", "300", "150", "039" },
                    { "GS", "SGS", "005", "South Georgia and the South Sandwich Islands", "239", "019", "419" },
                    { "GT", "GTM", "013", "Guatemala", "320", "019", "419" },
                    { "GU", "GUM", null, "Guam", "316", "009", "057" },
                    { "GW", "GNB", "011", "Guinea-Bissau", "624", "002", "202" },
                    { "GY", "GUY", "005", "Guyana", "328", "019", "419" },
                    { "HK", "HKG", null, "Hong Kong", "344", "142", "030" },
                    { "HM", "HMD", null, "Heard Island and McDonald Islands", "334", "009", "053" },
                    { "HN", "HND", "013", "Honduras", "340", "019", "419" },
                    { "HR", "HRV", null, "Croatia", "191", "150", "039" },
                    { "HT", "HTI", "029", "Haiti", "332", "019", "419" },
                    { "HU", "HUN", null, "Hungary", "348", "150", "151" },
                    { "ID", "IDN", null, "Indonesia", "360", "142", "035" },
                    { "IE", "IRL", null, "Ireland", "372", "150", "154" },
                    { "IL", "ISR", null, "Israel", "376", "142", "145" },
                    { "IM", "IMN", null, "Isle of Man", "833", "150", "154" },
                    { "IN", "IND", null, "India", "356", "142", "034" },
                    { "IO", "IOT", "014", "British Indian Ocean Territory", "086", "002", "202" },
                    { "IQ", "IRQ", null, "Iraq", "368", "142", "145" },
                    { "IR", "IRN", null, "Iran, Islamic Republic of", "364", "142", "034" },
                    { "IS", "ISL", null, "Iceland", "352", "150", "154" },
                    { "IT", "ITA", null, "Italy", "380", "150", "039" },
                    { "JE", "JEY", null, "Jersey", "832", "150", "154" },
                    { "JM", "JAM", "029", "Jamaica", "388", "019", "419" },
                    { "JO", "JOR", null, "Jordan", "400", "142", "145" },
                    { "JP", "JPN", null, "Japan", "392", "142", "030" },
                    { "KE", "KEN", "014", "Kenya", "404", "002", "202" },
                    { "KG", "KGZ", null, "Kyrgyzstan", "417", "142", "143" },
                    { "KH", "KHM", null, "Cambodia", "116", "142", "035" },
                    { "KI", "KIR", null, "Kiribati", "296", "009", "057" },
                    { "KM", "COM", "014", "Comoros", "174", "002", "202" },
                    { "KN", "KNA", "029", "Saint Kitts and Nevis", "659", "019", "419" },
                    { "KP", "PRK", null, "Korea, Democratic People's Republic of", "408", "142", "030" },
                    { "KR", "KOR", null, "Korea, Republic of", "410", "142", "030" },
                    { "KW", "KWT", null, "Kuwait", "414", "142", "145" },
                    { "KY", "CYM", "029", "Cayman Islands", "136", "019", "419" },
                    { "KZ", "KAZ", null, "Kazakhstan", "398", "142", "143" },
                    { "LA", "LAO", null, "Lao People's Democratic Republic", "418", "142", "035" },
                    { "LB", "LBN", null, "Lebanon", "422", "142", "145" },
                    { "LC", "LCA", "029", "Saint Lucia", "662", "019", "419" },
                    { "LI", "LIE", null, "Liechtenstein", "438", "150", "155" },
                    { "LK", "LKA", null, "Sri Lanka", "144", "142", "034" },
                    { "LR", "LBR", "011", "Liberia", "430", "002", "202" },
                    { "LS", "LSO", "018", "Lesotho", "426", "002", "202" },
                    { "LT", "LTU", null, "Lithuania", "440", "150", "154" },
                    { "LU", "LUX", null, "Luxembourg", "442", "150", "155" },
                    { "LV", "LVA", null, "Latvia", "428", "150", "154" },
                    { "LY", "LBY", null, "Libya", "434", "002", "015" },
                    { "MA", "MAR", null, "Morocco", "504", "002", "015" },
                    { "MC", "MCO", null, "Monaco", "492", "150", "155" },
                    { "MD", "MDA", null, "Moldova, Republic of", "498", "150", "151" },
                    { "ME", "MNE", null, "Montenegro", "499", "150", "039" },
                    { "MF", "MAF", "029", "Saint Martin (French part)", "663", "019", "419" },
                    { "MG", "MDG", "014", "Madagascar", "450", "002", "202" },
                    { "MH", "MHL", null, "Marshall Islands", "584", "009", "057" },
                    { "MK", "MKD", null, "North Macedonia", "807", "150", "039" },
                    { "ML", "MLI", "011", "Mali", "466", "002", "202" },
                    { "MM", "MMR", null, "Myanmar", "104", "142", "035" },
                    { "MN", "MNG", null, "Mongolia", "496", "142", "030" },
                    { "MO", "MAC", null, "Macao", "446", "142", "030" },
                    { "MP", "MNP", null, "Northern Mariana Islands", "580", "009", "057" },
                    { "MQ", "MTQ", "029", "Martinique", "474", "019", "419" },
                    { "MR", "MRT", "011", "Mauritania", "478", "002", "202" },
                    { "MS", "MSR", "029", "Montserrat", "500", "019", "419" },
                    { "MT", "MLT", null, "Malta", "470", "150", "039" },
                    { "MU", "MUS", "014", "Mauritius", "480", "002", "202" },
                    { "MV", "MDV", null, "Maldives", "462", "142", "034" },
                    { "MW", "MWI", "014", "Malawi", "454", "002", "202" },
                    { "MX", "MEX", "013", "Mexico", "484", "019", "419" },
                    { "MY", "MYS", null, "Malaysia", "458", "142", "035" },
                    { "MZ", "MOZ", "014", "Mozambique", "508", "002", "202" },
                    { "NA", "NAM", "018", "Namibia", "516", "002", "202" },
                    { "NC", "NCL", null, "New Caledonia", "540", "009", "054" },
                    { "NE", "NER", "011", "Niger", "562", "002", "202" },
                    { "NF", "NFK", null, "Norfolk Island", "574", "009", "053" },
                    { "NG", "NGA", "011", "Nigeria", "566", "002", "202" },
                    { "NI", "NIC", "013", "Nicaragua", "558", "019", "419" },
                    { "NL", "NLD", null, "Netherlands, Kingdom of the", "528", "150", "155" },
                    { "NO", "NOR", null, "Norway", "578", "150", "154" },
                    { "NP", "NPL", null, "Nepal", "524", "142", "034" },
                    { "NR", "NRU", null, "Nauru", "520", "009", "057" },
                    { "NU", "NIU", null, "Niue", "570", "009", "061" },
                    { "NZ", "NZL", null, "New Zealand", "554", "009", "053" },
                    { "OM", "OMN", null, "Oman", "512", "142", "145" },
                    { "PA", "PAN", "013", "Panama", "591", "019", "419" },
                    { "PE", "PER", "005", "Peru", "604", "019", "419" },
                    { "PF", "PYF", null, "French Polynesia", "258", "009", "061" },
                    { "PG", "PNG", null, "Papua New Guinea", "598", "009", "054" },
                    { "PH", "PHL", null, "Philippines", "608", "142", "035" },
                    { "PK", "PAK", null, "Pakistan", "586", "142", "034" },
                    { "PL", "POL", null, "Poland", "616", "150", "151" },
                    { "PM", "SPM", null, "Saint Pierre and Miquelon", "666", "019", "021" },
                    { "PN", "PCN", null, "Pitcairn", "612", "009", "061" },
                    { "PR", "PRI", "029", "Puerto Rico", "630", "019", "419" },
                    { "PS", "PSE", null, "Palestine, State of", "275", "142", "145" },
                    { "PT", "PRT", null, "Portugal", "620", "150", "039" },
                    { "PW", "PLW", null, "Palau", "585", "009", "057" },
                    { "PY", "PRY", "005", "Paraguay", "600", "019", "419" },
                    { "QA", "QAT", null, "Qatar", "634", "142", "145" },
                    { "RE", "REU", "014", "Réunion", "638", "002", "202" },
                    { "RO", "ROU", null, "Romania", "642", "150", "151" },
                    { "RS", "SRB", null, "Serbia", "688", "150", "039" },
                    { "RU", "RUS", null, "Russian Federation", "643", "150", "151" },
                    { "RW", "RWA", "014", "Rwanda", "646", "002", "202" },
                    { "SA", "SAU", null, "Saudi Arabia", "682", "142", "145" },
                    { "SB", "SLB", null, "Solomon Islands", "090", "009", "054" },
                    { "SC", "SYC", "014", "Seychelles", "690", "002", "202" },
                    { "SD", "SDN", null, "Sudan", "729", "002", "015" },
                    { "SE", "SWE", null, "Sweden", "752", "150", "154" },
                    { "SG", "SGP", null, "Singapore", "702", "142", "035" },
                    { "SH", "SHN", "011", "Saint Helena, Ascension and Tristan da Cunha", "654", "002", "202" },
                    { "SI", "SVN", null, "Slovenia", "705", "150", "039" },
                    { "SJ", "SJM", null, "Svalbard and Jan Mayen", "744", "150", "154" },
                    { "SK", "SVK", null, "Slovakia", "703", "150", "151" },
                    { "SL", "SLE", "011", "Sierra Leone", "694", "002", "202" },
                    { "SM", "SMR", null, "San Marino", "674", "150", "039" },
                    { "SN", "SEN", "011", "Senegal", "686", "002", "202" },
                    { "SO", "SOM", "014", "Somalia", "706", "002", "202" },
                    { "SR", "SUR", "005", "Suriname", "740", "019", "419" },
                    { "SS", "SSD", "014", "South Sudan", "728", "002", "202" },
                    { "ST", "STP", "017", "Sao Tome and Principe", "678", "002", "202" },
                    { "SV", "SLV", "013", "El Salvador", "222", "019", "419" },
                    { "SX", "SXM", "029", "Sint Maarten (Dutch part)", "534", "019", "419" },
                    { "SY", "SYR", null, "Syrian Arab Republic", "760", "142", "145" },
                    { "SZ", "SWZ", "018", "Eswatini", "748", "002", "202" },
                    { "TC", "TCA", "029", "Turks and Caicos Islands", "796", "019", "419" },
                    { "TD", "TCD", "017", "Chad", "148", "002", "202" },
                    { "TF", "ATF", "014", "French Southern Territories", "260", "002", "202" },
                    { "TG", "TGO", "011", "Togo", "768", "002", "202" },
                    { "TH", "THA", null, "Thailand", "764", "142", "035" },
                    { "TJ", "TJK", null, "Tajikistan", "762", "142", "143" },
                    { "TK", "TKL", null, "Tokelau", "772", "009", "061" },
                    { "TL", "TLS", null, "Timor-Leste", "626", "142", "035" },
                    { "TM", "TKM", null, "Turkmenistan", "795", "142", "143" },
                    { "TN", "TUN", null, "Tunisia", "788", "002", "015" },
                    { "TO", "TON", null, "Tonga", "776", "009", "061" },
                    { "TR", "TUR", null, "Türkiye", "792", "142", "145" },
                    { "TT", "TTO", "029", "Trinidad and Tobago", "780", "019", "419" },
                    { "TV", "TUV", null, "Tuvalu", "798", "009", "061" },
                    { "TW", "TWN", null, "Taiwan, Province of China", "158", null, null },
                    { "TZ", "TZA", "014", "Tanzania, United Republic of", "834", "002", "202" },
                    { "UA", "UKR", null, "Ukraine", "804", "150", "151" },
                    { "UG", "UGA", "014", "Uganda", "800", "002", "202" },
                    { "UM", "UMI", null, "United States Minor Outlying Islands", "581", "009", "057" },
                    { "US", "USA", null, "United States of America", "840", "019", "021" },
                    { "UY", "URY", "005", "Uruguay", "858", "019", "419" },
                    { "UZ", "UZB", null, "Uzbekistan", "860", "142", "143" },
                    { "VA", "VAT", null, "Holy See", "336", "150", "039" },
                    { "VC", "VCT", "029", "Saint Vincent and the Grenadines", "670", "019", "419" },
                    { "VE", "VEN", "005", "Venezuela, Bolivarian Republic of", "862", "019", "419" },
                    { "VG", "VGB", "029", "Virgin Islands (British)", "092", "019", "419" },
                    { "VI", "VIR", "029", "Virgin Islands (U.S.)", "850", "019", "419" },
                    { "VN", "VNM", null, "Viet Nam", "704", "142", "035" },
                    { "VU", "VUT", null, "Vanuatu", "548", "009", "054" },
                    { "WF", "WLF", null, "Wallis and Futuna", "876", "009", "061" },
                    { "WS", "WSM", null, "Samoa", "882", "009", "061" },
                    { "YE", "YEM", null, "Yemen", "887", "142", "145" },
                    { "YT", "MYT", "014", "Mayotte", "175", "002", "202" },
                    { "ZA", "ZAF", "018", "South Africa", "710", "002", "202" },
                    { "ZM", "ZMB", "014", "Zambia", "894", "002", "202" },
                    { "ZW", "ZWE", "014", "Zimbabwe", "716", "002", "202" }
                });

            migrationBuilder.InsertData(
                table: "identity_regions",
                columns: new[] { "Code", "Level", "Name", "ParentCode" },
                values: new object[,]
                {
                    { "002", "Region", "Africa", null },
                    { "005", "IntermediateRegion", "South America", "419" },
                    { "009", "Region", "Oceania", null },
                    { "011", "IntermediateRegion", "Western Africa", "202" },
                    { "013", "IntermediateRegion", "Central America", "419" },
                    { "014", "IntermediateRegion", "Eastern Africa", "202" },
                    { "015", "Subregion", "Northern Africa", "002" },
                    { "017", "IntermediateRegion", "Middle Africa", "202" },
                    { "018", "IntermediateRegion", "Southern Africa", "202" },
                    { "019", "Region", "Americas", null },
                    { "021", "Subregion", "Northern America", "019" },
                    { "029", "IntermediateRegion", "Caribbean", "419" },
                    { "030", "Subregion", "Eastern Asia", "142" },
                    { "034", "Subregion", "Southern Asia", "142" },
                    { "035", "Subregion", "South-eastern Asia", "142" },
                    { "039", "Subregion", "Southern Europe", "150" },
                    { "053", "Subregion", "Australia and New Zealand", "009" },
                    { "054", "Subregion", "Melanesia", "009" },
                    { "057", "Subregion", "Micronesia", "009" },
                    { "061", "Subregion", "Polynesia", "009" },
                    { "142", "Region", "Asia", null },
                    { "143", "Subregion", "Central Asia", "142" },
                    { "145", "Subregion", "Western Asia", "142" },
                    { "150", "Region", "Europe", null },
                    { "151", "Subregion", "Eastern Europe", "150" },
                    { "154", "Subregion", "Northern Europe", "150" },
                    { "155", "Subregion", "Western Europe", "150" },
                    { "202", "Subregion", "Sub-Saharan Africa", "002" },
                    { "419", "Subregion", "Latin America and the Caribbean", "019" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_identity_api_keys_OrganisationId",
                table: "identity_api_keys",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_api_keys_Prefix",
                table: "identity_api_keys",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_api_keys_UserId",
                table: "identity_api_keys",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_audit_entries_Action_At",
                table: "identity_audit_entries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_audit_entries_ActorId_At",
                table: "identity_audit_entries",
                columns: new[] { "ActorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_audit_entries_At",
                table: "identity_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_identity_audit_entries_OrganisationId_At",
                table: "identity_audit_entries",
                columns: new[] { "OrganisationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_countries_Alpha3",
                table: "identity_countries",
                column: "Alpha3",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_countries_SubregionCode",
                table: "identity_countries",
                column: "SubregionCode");

            migrationBuilder.CreateIndex(
                name: "IX_identity_covered_countries_Country",
                table: "identity_covered_countries",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_identity_memberships_OrganisationId",
                table: "identity_memberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_memberships_UserId_OrganisationId_Role",
                table: "identity_memberships",
                columns: new[] { "UserId", "OrganisationId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_organisations_Kind_HomeCountry",
                table: "identity_organisations",
                columns: new[] { "Kind", "HomeCountry" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_organisations_Name",
                table: "identity_organisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_user_claims_UserId",
                table: "identity_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_user_logins_UserId",
                table: "identity_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "identity_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "identity_users",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_api_keys");

            migrationBuilder.DropTable(
                name: "identity_audit_entries");

            migrationBuilder.DropTable(
                name: "identity_countries");

            migrationBuilder.DropTable(
                name: "identity_covered_countries");

            migrationBuilder.DropTable(
                name: "identity_data_protection_keys");

            migrationBuilder.DropTable(
                name: "identity_memberships");

            migrationBuilder.DropTable(
                name: "identity_regions");

            migrationBuilder.DropTable(
                name: "identity_user_claims");

            migrationBuilder.DropTable(
                name: "identity_user_logins");

            migrationBuilder.DropTable(
                name: "identity_user_tokens");

            migrationBuilder.DropTable(
                name: "identity_organisations");

            migrationBuilder.DropTable(
                name: "identity_users");
        }
    }
}
