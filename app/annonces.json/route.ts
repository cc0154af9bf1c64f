import { announcementsExportRoute } from "@/app/_announcements/export-route";

export const GET = announcementsExportRoute("json");
