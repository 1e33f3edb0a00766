// A page of a suspect's deep stack's middle, put in after the frames the incident view holds: the
// host's copy of the model and the webview's apply it alike (the webview imports no src/core).
import type { IncidentLinkTarget, IncidentSuspect, IncidentViewModel, SuspectFramesPage } from './incidentProtocol';

/** `model` with `page`'s frames after suspect `page.suspect`'s first frames, their new links appended; unchanged when the page does not fit. */
export function withSuspectFrames(model: IncidentViewModel, page: SuspectFramesPage): IncidentViewModel {
  const s = model.incident.suspects[page.suspect];
  const leftOut = s?.framesLeftOut;
  const n = page.frames.length;
  if (!leftOut || n === 0 || n > leftOut.count || page.frameLinks.length !== n) return model;
  const added: IncidentLinkTarget[] = [];
  for (let i = 0; i < n; i++) {
    const link = page.frameLinks[i];
    if (!Number.isInteger(link) || link < 0 || link > model.links.length + added.length) return model;
    if (link === model.links.length + added.length) added.push({ func: page.frames[i].func, file: page.frames[i].file, line: page.frames[i].line });
  }
  const at = leftOut.at;
  const count = leftOut.count - n;
  const { framesLeftOut: _, ...rest } = s;
  const suspect: IncidentSuspect = {
    ...rest,
    frames: [...s.frames.slice(0, at), ...page.frames, ...s.frames.slice(at)],
    ...(count > 0 ? { framesLeftOut: { at: at + n, count } } : {}),
  };
  const oldLinks = model.suspectFrameLinks[page.suspect] ?? [];
  const frameLinks = [...oldLinks.slice(0, at), ...page.frameLinks, ...oldLinks.slice(at)];
  return {
    ...model,
    incident: { ...model.incident, suspects: model.incident.suspects.map((x, i) => (i === page.suspect ? suspect : x)) },
    links: added.length ? [...model.links, ...added] : model.links,
    suspectFrameLinks: model.suspectFrameLinks.map((x, i) => (i === page.suspect ? frameLinks : x)),
  };
}
