import { entityFeedRoute } from "@/lib/feeds/feeds";

const route = entityFeedRoute("theme");

export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
