/* Built from src/Beleidsdag.Web/phone/ by scripts/build-phone.mjs (npm run build:phone): do not edit. */
import{html as b,isOpen as u,remember as f,render as g,repeat as v,shorten as _,state as $,submitArea as h,workingAnswer as w}from"./app.js";var i=e=>document.querySelector(`[data-testid="${e}"]`);function k(e,a,s){if(!u())return;let n=[...w(e).optionIds],o=n.indexOf(a),t=o+s;if(o<0||t<0||t>=n.length)return;[n[o],n[t]]=[n[t],n[o]],$.error=null,f("drafts",e.id,{optionIds:n,values:{},texts:[]});let r=e.options.find(m=>m.id===a)?.label??a;$.notice={questionId:e.id,text:`“${_(r,60)}” staat nu op plaats ${t+1}.`,kind:"info"},g();let c=i(`rank-up-${a}`),d=i(`rank-down-${a}`),p=s<0?c:d;(p.disabled?s<0?d:c:p).focus({preventScroll:!0});let l=i(`rank-item-${a}`);l.scrollIntoView({block:"nearest"}),l.classList.remove("is-moved"),l.offsetWidth,l.classList.add("is-moved")}function x(e,a,s){let n=new Map(e.options.map(t=>[t.id,t.label])),o=s.optionIds.length-1;return b`
    <p class="hint">Zet de belangrijkste bovenaan. Verschuif met ↑ en ↓.</p>
    <ol class="ranking" aria-label="Jouw rangorde, de belangrijkste eerst">${v(s.optionIds,t=>t,(t,r)=>b`
      <li class="rank" data-testid=${`rank-item-${t}`}><span class="rank__number" aria-hidden="true">${String(r+1)}</span><span
        class="rank__label">${n.get(t)}</span><span class="rank__moves"><button type="button" class="rank__move"
        data-testid=${`rank-up-${t}`} aria-label=${`${n.get(t)}: hoger`} ?disabled=${!a||r===0}
        @click=${()=>k(e,t,-1)}>↑</button><button type="button" class="rank__move" data-testid=${`rank-down-${t}`}
        aria-label=${`${n.get(t)}: lager`} ?disabled=${!a||r===o} @click=${()=>k(e,t,1)}>↓</button></span></li>`)}</ol>
    ${h(e,a,s)}`}export{x as rankingForm};
