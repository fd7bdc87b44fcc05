/** OpenCC's dictionaries, each a module of its own in opencc-js (`opencc-js/dict/*`): "source target|…". */
declare module 'opencc-js/dict/*' {
  const dict: string
  export default dict
}
