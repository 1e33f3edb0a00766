/**
 * Figures for code lenses and line heat, from a profile or a goroutine dump.
 *   profileFigures(profile, fileName, viewOptions?): FigureData
 *   goroutineFigures(groups, fileName, total): FigureData
 */
export * from './figureData';
export { profileFigures } from './profileFigures';
export { goroutineFigures } from './goroutineFigures';
