/* Built from src/Beleidsdag.Web/phone/ by scripts/build-phone.mjs (npm run build:phone): do not edit. */
import{cls as g,editAnswer as b,html as d,scaleOf as v,submitArea as w,workingAnswer as f}from"./app.js";function y(e,o,i){let{min:n,max:c,lowLabel:$,highLabel:r}=v(e),l=Array.from({length:Math.max(0,c-n+1)},(s,t)=>n+t),m=l.length<=7?l.length:Math.ceil(l.length/2),p=m<l.length,h=(s,t)=>{let a=f(e);b(e,{...a,values:{...a.values,[s]:t}})},_=s=>s===n?`${s}, ${$}`:s===c?`${s}, ${r}`:String(s);return d`
    <div class="form">${e.options.map((s,t)=>d`
      <div class=${g("statement",i.values[s.id]!=null&&"is-answered")} role="group" aria-labelledby=${`statement-${t}`}
        data-testid=${`statement-${s.id}`}>
        <p class="statement__text" id=${`statement-${t}`}>${s.label}</p>
        <div class="scale__values" style=${`--columns: ${m}`}>${l.map(a=>{let u=i.values[s.id]===a;return d`<button type="button" class=${g("scale__value",u&&"is-selected")} data-testid=${`scale-${s.id}-${a}`}
            aria-label=${_(a)} aria-pressed=${String(u)} ?disabled=${!o} @click=${()=>h(s.id,a)}>${String(a)}</button>`})}</div>
        <div class="scale__labels" aria-hidden="true">
          <span class="scale__low">${p?`${n} = ${$}`:$}</span>
          <span class="scale__high">${p?`${c} = ${r}`:r}</span>
        </div>
      </div>`)}</div>
    ${w(e,o,i)}`}export{y as scaleForm};
