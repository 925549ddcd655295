/** What may be kept and for how long: depersonalisation after six months, approved disclosure with DPO notice, deletion after five years (Art 12 of Directive (EU) 2016/681). */
package org.issa.passenger.retention;
