import { entityFeedRoute } from "@/app/_entity/entity-feed-route";

const route = entityFeedRoute("site");

export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
